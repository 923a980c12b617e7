package io.github.samnative.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a user sees from real Maven when the project is wrong: the message, and no stack trace. */
class ValidationIT {

    /** Copies the fixture, generates its Makefile, then applies an edit to the template. */
    private static Path project(String name, String from, String to) throws Exception {
        Path project = ItMaven.copyFixture("three-functions", ItMaven.workDirectory("validation-" + name).resolve("orders"));
        ItMaven.Result makefile = ItMaven.mvn(project, "sam-native:makefile");
        assertTrue(makefile.succeeded(), makefile::toString);
        Path template = project.resolve("template.yaml");
        String original = Files.readString(template);
        assertTrue(original.contains(from), from);
        Files.writeString(template, original.replace(from, to));
        return project;
    }

    private static String failingBuild(Path project, Map<String, String> environment, String... extraArguments)
            throws Exception {
        List<String> arguments = new java.util.ArrayList<>(List.of(extraArguments));
        arguments.add("-Dsam-native.cacheDir=" + project.resolveSibling("cache"));
        arguments.add("package");
        ItMaven.Result result = ItMaven.mvn(project, environment, arguments.toArray(String[]::new));
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.output().contains("BUILD FAILURE"), result::toString);
        assertFalse(result.output().contains("\tat io.github.samnative"), "no stack trace for a user mistake:\n" + result);
        return result.output();
    }

    @Test
    void aHandlerClassThatDoesNotExist() throws Exception {
        Path project = project("missing-class", "Handler: com.example.orders.Echo", "Handler: com.example.orders.Ekho");
        ItMaven.mvn(project, "sam-native:makefile");
        String output = failingBuild(project, Map.of(), "-Dsam-native.mode=jvm");
        assertTrue(output.contains("EchoFunction"), output);
        assertTrue(output.contains("com.example.orders.Ekho"), output);
        assertTrue(output.contains("com.example.orders.Echo"), "suggests the near name:\n" + output);
    }

    @Test
    void aMakefileThatLacksTheFunctionsTarget() throws Exception {
        Path project = project("makefile-target", "  EchoFunction:", "  EchoAgainFunction:");
        String output = failingBuild(project, Map.of(), "-Dsam-native.mode=jvm");
        assertTrue(output.contains("has no target build-EchoAgainFunction for function EchoAgainFunction"), output);
        assertTrue(output.contains("Run `mvn sam-native:makefile` to add it."), output);
    }

    @Test
    void anArchitectureThisMachineCannotBuild() throws Exception {
        Path project = project("arm64", "      - x86_64", "      - arm64");
        ItMaven.mvn(project, "sam-native:makefile");
        String output = failingBuild(project, Map.of(), "-Dsam-native.mode=jvm");
        assertTrue(output.contains("has Architectures: [arm64], but this machine is x86_64"), output);
        assertTrue(output.contains("container"), output);
    }

    @Test
    void aJavaManagedRuntime() throws Exception {
        Path project = project("java21", "    Runtime: provided.al2023", "    Runtime: java21");
        String output = failingBuild(project, Map.of(), "-Dsam-native.mode=jvm");
        assertTrue(output.contains("java21"), output);
        assertTrue(output.contains("provided.al2023"), output);
    }

    @Test
    void aNativeBuildWithoutNativeImage() throws Exception {
        Path project = project("no-native-image", "MemorySize: 256", "MemorySize: 256");
        Map<String, String> environment = new HashMap<>();
        environment.put("GRAALVM_HOME", project.resolve("no-graalvm-here").toString());
        String output = failingBuild(project, environment);
        assertTrue(output.contains("No native-image found for a native build. Looked in: GRAALVM_HOME="), output);
        assertTrue(output.contains("-Dsam-native.mode=jvm"), output);
    }
}
