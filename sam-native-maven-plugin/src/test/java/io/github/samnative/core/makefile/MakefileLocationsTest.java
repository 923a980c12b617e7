package io.github.samnative.core.makefile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.samnative.core.template.SamTemplate;
import io.github.samnative.core.template.ServerlessFunction;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MakefileLocationsTest {

    @TempDir
    Path project;

    @Test
    void functionsSharingACodeUriShareOneMakefile() throws Exception {
        SamTemplate template = TestProjects.project(project, "all-short-form-tags.yaml");

        Map<Path, List<ServerlessFunction>> groups = MakefileLocations.byMakefile(template.functions());

        assertEquals(Map.of(project.resolve("sample-url-shortener/Makefile"), template.functions()), groups);
    }

    @Test
    void contextPathThenProjectRootThenCodeUriDecideTheDirectory() throws Exception {
        SamTemplate template = TestProjects.project(project, "metadata-paths.yaml");

        Map<Path, List<ServerlessFunction>> groups = MakefileLocations.byMakefile(template.functions());

        assertEquals(List.of(project.resolve("services/context/Makefile"), project.resolve("services/Makefile"),
                project.resolve("other/Makefile")), List.copyOf(groups.keySet()));
        assertEquals(List.of("ContextFunction"), groups.get(project.resolve("services/context/Makefile")).stream()
                .map(ServerlessFunction::logicalId).toList());
        assertEquals(project.resolve("other/Makefile"), MakefileLocations.makefileOf(template.functions().get(2)));
    }

    @Test
    void aFunctionWithoutCodeUriUsesTheTemplatesDirectory() throws Exception {
        SamTemplate template = TestProjects.project(project, "defaults.yaml");

        assertEquals(project.resolve("Makefile"), MakefileLocations.makefileOf(template.functions().get(0)));
    }
}
