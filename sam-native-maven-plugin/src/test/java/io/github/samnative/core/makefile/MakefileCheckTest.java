package io.github.samnative.core.makefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.template.ServerlessFunction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MakefileCheckTest {

    private static final String ADD = " Run `mvn sam-native:makefile` to add it.";
    private static final String UPDATE = " Run `mvn sam-native:makefile` to update it.";

    @TempDir
    Path project;

    private Path makefile;
    private String template;

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(project.resolve("sample-url-shortener"));
        makefile = project.resolve("sample-url-shortener/Makefile");
        template = TestProjects.fixture("all-short-form-tags.yaml");
    }

    private List<ServerlessFunction> load(String templateText) throws Exception {
        return TestProjects.write(project, templateText).functions();
    }

    @Test
    void findsFunctionsWithoutATarget() throws Exception {
        List<ServerlessFunction> functions = load(template);
        String text = "build-RedirectFunction build-Other: common\n\tmvn package\nFOO := build-ShortenFunction: x\n";

        assertEquals(List.of(functions.get(0)), MakefileCheck.missingTargets(text, functions));
        assertEquals(List.of(
                "Makefile " + makefile + " has no target build-ShortenFunction for function ShortenFunction"
                        + " (template.yaml line 66)." + ADD,
                "Makefile " + makefile + " has no sam-native block listing the project's functions, which"
                        + " sam-native:bootstrap reads." + ADD),
                MakefileCheck.problems(makefile, text, functions, functions));
    }

    @Test
    void aGeneratedMakefileHasNoProblems() throws Exception {
        List<ServerlessFunction> functions = load(template);
        MakefileGenerator.writeAll(functions);

        assertEquals(List.of(), MakefileCheck.problems(makefile, Files.readString(makefile), functions, functions));
        MakefileCheck.verify(functions);
    }

    @Test
    void reportsAManifestThatDisagreesWithTheTemplate() throws Exception {
        MakefileGenerator.writeAll(load(template));
        String changed = template
                .replace("Handler: com.example.links.ShortenHandler", "Handler: com.example.links.NewShortenHandler")
                .replace("Architectures: [arm64]", "Architectures: [x86_64]")
                .replace("  RedirectFunction:", "  FollowFunction:");
        List<ServerlessFunction> functions = load(changed);

        assertEquals(List.of(
                "Makefile " + makefile + " has no target build-FollowFunction for function FollowFunction"
                        + " (template.yaml line 101)." + ADD,
                "Makefile " + makefile + " lists function ShortenFunction with handler="
                        + "com.example.links.ShortenHandler, but the template (template.yaml line 66) has Handler:"
                        + " com.example.links.NewShortenHandler." + UPDATE,
                "Makefile " + makefile + " does not list function FollowFunction (template.yaml line 101) in its"
                        + " sam-native block." + UPDATE,
                "Makefile " + makefile + " lists function RedirectFunction, which the template no longer has as a"
                        + " function built by sam-native." + UPDATE),
                MakefileCheck.problems(makefile, Files.readString(makefile), functions, functions));
    }

    @Test
    void reportsAChangedArchitecture() throws Exception {
        MakefileGenerator.writeAll(load(template));
        List<ServerlessFunction> functions = load(template.replace("Architectures: [arm64]", "Architectures: [x86_64]"));

        assertEquals(List.of("Makefile " + makefile + " lists function RedirectFunction with architecture=arm64, but"
                + " the template (template.yaml line 101) has Architectures: [x86_64]." + UPDATE),
                MakefileCheck.problems(makefile, Files.readString(makefile), functions, functions));
    }

    @Test
    void verifyFailsWithEveryProblemOfEveryMakefile() throws Exception {
        List<ServerlessFunction> functions = load(template);

        SamNativeException error = assertThrows(SamNativeException.class, () -> MakefileCheck.verify(functions));

        assertEquals("Makefile " + makefile + " does not exist, but `sam build` runs its target build-ShortenFunction"
                + " for function ShortenFunction (template.yaml line 66). Run `mvn sam-native:makefile` to create it.\n"
                + "Makefile " + makefile + " does not exist, but `sam build` runs its target build-RedirectFunction"
                + " for function RedirectFunction (template.yaml line 101). Run `mvn sam-native:makefile` to create"
                + " it.", error.getMessage());

        MakefileGenerator.writeAll(functions);
        MakefileCheck.verify(functions);

        List<ServerlessFunction> renamed = load(template.replace("RedirectHandler::handleRequest", "Go::handle"));
        SamNativeException stale = assertThrows(SamNativeException.class, () -> MakefileCheck.verify(renamed));
        assertEquals("Makefile " + makefile + " lists function RedirectFunction with handler="
                + "com.example.links.RedirectHandler::handleRequest, but the template (template.yaml line 101) has"
                + " Handler: com.example.links.Go::handle." + UPDATE, stale.getMessage());
    }
}
