package io.github.samnative.archetype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code mvn archetype:generate -B} with bad -D values stops with a message and leaves nothing behind. */
class InvalidPropertiesIT {

    @Test
    void anArchitectureLambdaDoesNotHaveStopsGeneration() throws Exception {
        Path work = ChildMaven.workDirectory("invalid-architecture");

        ChildProcess.Result generate = generate(work, "-DgroupId=com.example", "-DartifactId=hello-lambda",
                "-Darchitecture=sparc");

        assertFalse(generate.succeeded(), generate::toString);
        assertTrue(generate.output().contains("sam-native-archetype cannot generate hello-lambda:"), generate::toString);
        assertTrue(generate.output().contains("architecture 'sparc' is not an AWS Lambda architecture."), generate::toString);
        assertTrue(generate.output().contains("Fix: -Darchitecture=x86_64 (the default) or -Darchitecture=arm64."),
                generate::toString);
        assertNoStackTrace(generate);
        assertFalse(Files.exists(work.resolve("hello-lambda")), "the generated files are removed");
    }

    @Test
    void aPackageThatIsNotAJavaNameAndAnInvalidStackNameAreReportedTogether() throws Exception {
        Path work = ChildMaven.workDirectory("invalid-package");
        // A file the user had there before must survive the clean-up.
        Path project = Files.createDirectories(work.resolve("2nd_try"));
        Files.writeString(project.resolve("notes.txt"), "mine");

        ChildProcess.Result generate = generate(work, "-DgroupId=com.example", "-DartifactId=2nd_try",
                "-Dpackage=com.example.class");

        assertFalse(generate.succeeded(), generate::toString);
        assertTrue(generate.output().contains("package 'com.example.class' is not a Java package name"), generate::toString);
        assertTrue(generate.output().contains("Fix: -Dpackage=com.example.hello"), generate::toString);
        // The stack name defaults to the artifactId, which CloudFormation does not accept here.
        assertTrue(generate.output().contains("stackName '2nd_try' is not a CloudFormation stack name"), generate::toString);
        assertTrue(generate.output().contains("Fix: -DstackName=my-service"), generate::toString);
        assertNoStackTrace(generate);
        try (var left = Files.walk(project)) {
            assertEquals(List.of(project, project.resolve("notes.txt")), left.sorted().toList());
        }
    }

    private static ChildProcess.Result generate(Path directory, String... properties) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(
                "org.apache.maven.plugins:maven-archetype-plugin:" + ChildMaven.required("samnative.archetypePluginVersion")
                        + ":generate",
                "-DarchetypeCatalog=local",
                "-DarchetypeGroupId=io.github.samnative",
                "-DarchetypeArtifactId=sam-native-archetype",
                "-DarchetypeVersion=" + ChildMaven.version()));
        arguments.addAll(List.of(properties));
        return ChildMaven.mvn(directory, arguments.toArray(String[]::new));
    }

    private static void assertNoStackTrace(ChildProcess.Result result) {
        assertFalse(result.output().lines().anyMatch(line -> line.startsWith("\tat ")), result::toString);
    }
}
