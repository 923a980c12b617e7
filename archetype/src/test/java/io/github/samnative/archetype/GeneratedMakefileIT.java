package io.github.samnative.archetype;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated Makefile and build: what sam-native writes, and what SAM and Maven make of it. */
class GeneratedMakefileIT {

    private static final List<String> FUNCTIONS = List.of("HelloFunction", "JobsFunction");

    /**
     * goal.txt runs {@code mvn sam-native:makefile} on the generated project first; it would rewrite a
     * Makefile that differs from the one it generates for the generated template.
     */
    @ParameterizedTest
    @ValueSource(strings = {"x86_64", "arm64"})
    void isExactlyWhatTheMakefileGoalWritesForTheTemplate(String variant) throws Exception {
        GeneratedProject project = GeneratedProject.of(variant);

        String log = project.buildLog();

        assertTrue(log.contains("Makefile: unchanged (HelloFunction, JobsFunction)"), log);
    }

    /** goal.txt's {@code mvn verify} (jvm mode) built the project; its own BootstrapIT ran the bootstraps. */
    @Test
    void mvnVerifyBuiltAndRanBothBootstraps() throws Exception {
        GeneratedProject project = GeneratedProject.of("x86_64");

        for (String function : FUNCTIONS) {
            Path bootstrap = project.directory().resolve(".aws-sam/build").resolve(function).resolve("bootstrap");
            assertTrue(Files.isExecutable(bootstrap), bootstrap + " was not built");
        }
        String log = project.buildLog();
        assertTrue(log.lines().anyMatch(line -> line.contains("Tests run: 2, Failures: 0, Errors: 0, Skipped: 0")
                && line.contains(project.packageName() + ".BootstrapIT")), log);
    }

    @Test
    void samBuildsEachFunctionThroughTheMakefileInAScratchCopy() throws Exception {
        Path work = ChildMaven.workDirectory("sam-build");
        Path project = workingCopy(work);
        // As the generated README tells users without GraalVM to run `sam build`.
        SamMakefileBuild sam = new SamMakefileBuild(project, work.resolve("scratch"), Map.of(
                "MAVEN_OPTS", "-Dsam-native.mode=jvm -Dsam-native.cacheDir=" + ChildMaven.cacheDirectory()));

        for (String function : FUNCTIONS) {
            ChildProcess.Result make = sam.build(function);
            assertTrue(make.succeeded(), make::toString);
            assertTrue(Files.isExecutable(sam.artifactsDirectory(function).resolve("bootstrap")), make::toString);
        }
        // One image serves both functions.
        assertArrayEquals(Files.readAllBytes(sam.artifactsDirectory("HelloFunction").resolve("bootstrap")),
                Files.readAllBytes(sam.artifactsDirectory("JobsFunction").resolve("bootstrap")));
    }

    /**
     * The README's Docker-free commands: each function's built bootstrap through sam-native's local
     * Runtime API emulator, with the sample events the project ships.
     */
    @Test
    void theDockerFreeInvokeRunsBothFunctionsWithTheSampleEvents() throws Exception {
        Path project = workingCopy(ChildMaven.workDirectory("invoke"));

        ChildProcess.Result jobs = ChildMaven.mvn(project, "-q", "sam-native:invoke", "-Dsam-native.mode=jvm",
                "-Dsam-native.cacheDir=" + ChildMaven.cacheDirectory(),
                "-Dsam-native.function=JobsFunction", "-Dsam-native.event=events/jobs.json");
        assertTrue(jobs.succeeded(), jobs::toString);
        // The second job of the sample event has an empty body: only it is reported as failed.
        assertTrue(jobs.output().contains(
                "{\"batchItemFailures\":[{\"itemIdentifier\":\"2e1424d4-f796-459a-8184-9c92662be6da\"}]}"), jobs::toString);
        assertTrue(jobs.output().contains("REPORT RequestId: "), jobs::toString);

        ChildProcess.Result hello = ChildMaven.mvn(project, "-q", "sam-native:invoke", "-Dsam-native.mode=jvm",
                "-Dsam-native.cacheDir=" + ChildMaven.cacheDirectory(),
                "-Dsam-native.function=HelloFunction", "-Dsam-native.event=events/hello.json");
        assertTrue(hello.succeeded(), hello::toString);
        assertTrue(hello.output().contains("\"statusCode\":200"), hello::toString);
    }

    /** The generated x86_64 project's sources copied into {@code work}, set up for child Maven runs. */
    private static Path workingCopy(Path work) throws Exception {
        GeneratedProject generated = GeneratedProject.of("x86_64");
        Path project = generated.copySourcesTo(work.resolve(generated.directory().getFileName().toString()));
        ChildMaven.configure(project);
        return project;
    }
}
