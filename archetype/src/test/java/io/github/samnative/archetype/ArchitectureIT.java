package io.github.samnative.archetype;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * An arm64 project builds only where arm64 bootstraps can be made: on an arm64 machine. Elsewhere
 * its first {@code mvn package} must say so, and how to build it, instead of making a bootstrap that
 * fails on Lambda with "exec format error".
 */
class ArchitectureIT {

    @Test
    void anArm64ProjectBuildsOnAnArm64MachineAndNamesTheFixElsewhere() throws Exception {
        String host = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        boolean arm64Host = host.equals("aarch64") || host.equals("arm64");
        assumeTrue(arm64Host || host.equals("amd64") || host.equals("x86_64"), "unknown host architecture " + host);
        GeneratedProject generated = GeneratedProject.of("arm64");
        Path project = generated.copySourcesTo(ChildMaven.workDirectory("arm64-package")
                .resolve(generated.directory().getFileName().toString()));

        ChildProcess.Result build = ChildMaven.mvn(project, "-Dsam-native.mode=jvm",
                "-Dsam-native.cacheDir=" + ChildMaven.cacheDirectory(), "-DskipTests", "package");

        if (arm64Host) {
            assertTrue(build.succeeded(), build::toString);
            assertTrue(Files.isExecutable(project.resolve(".aws-sam/build/HelloFunction/bootstrap")), build::toString);
        } else {
            assertFalse(build.succeeded(), build::toString);
            assertTrue(build.output().contains("Function HelloFunction (template.yaml"), build::toString);
            assertTrue(build.output().contains("has Architectures: [arm64], but this machine is x86_64"), build::toString);
            assertTrue(build.output().contains("Build on an arm64 machine or in an arm64 container"), build::toString);
            assertFalse(build.output().lines().anyMatch(line -> line.startsWith("\tat ")), build::toString);
        }
    }
}
