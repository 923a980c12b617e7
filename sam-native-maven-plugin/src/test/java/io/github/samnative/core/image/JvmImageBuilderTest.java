package io.github.samnative.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.process.ProcessRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jvm-mode layout, with jdeps and jlink played by a recording runner. */
class JvmImageBuilderTest {

    @TempDir
    Path dir;

    private final List<List<String>> commands = new ArrayList<>();

    private ProcessRunner runner(List<String> jdepsOutput, int jlinkStatus) {
        return (command, workingDirectory, environment, output) -> {
            commands.add(command);
            if (command.get(0).endsWith("jdeps")) {
                jdepsOutput.forEach(output);
                return 0;
            }
            output.accept("jlink says hi");
            return jlinkStatus;
        };
    }

    private ImageInputs inputs() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes/com/example"));
        Files.writeString(classes.resolve("A.class"), "class bytes");
        Path jar = Files.writeString(dir.resolve("dep-1.0.jar"), "jar bytes");
        return new ImageInputs(List.of(dir.resolve("classes"), jar), "io.github.samnative.generated.SamNativeMain", dir.resolve("work"));
    }

    @Test
    void linksTheModulesJdepsFindsPlusTlsAndWritesALauncher() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        new JvmImageBuilder(Path.of("/jdk"), List.of(), runner(List.of(
                "Warning: split package: com.example file:///x.jar y.jar",
                "classes.jar -> dep-1.0.jar", "classes.jar -> java.base", "classes.jar -> java.logging",
                "dep-1.0.jar -> java.base", "dep-1.0.jar -> not found"), 0)).build(inputs(), out, line -> { });

        assertEquals(List.of("/jdk/bin/jdeps", "-s", "--ignore-missing-deps", "--multi-release", "17",
                out.resolve("lib/classes.jar").toString(), out.resolve("lib/dep-1.0.jar").toString()), commands.get(0));
        assertEquals(List.of("/jdk/bin/jlink", "--add-modules", "java.base,java.logging,jdk.crypto.ec", "--strip-debug",
                "--no-man-pages", "--no-header-files", "--generate-cds-archive", "--output", out.resolve("runtime").toString()),
                commands.get(1));
        try (JarFile jar = new JarFile(out.resolve("lib/classes.jar").toFile())) {
            assertEquals("class bytes", new String(jar.getInputStream(jar.getEntry("com/example/A.class")).readAllBytes()));
        }
        assertEquals("jar bytes", Files.readString(out.resolve("lib/dep-1.0.jar")));
        String launcher = Files.readString(out.resolve("bootstrap"));
        assertTrue(Files.isExecutable(out.resolve("bootstrap")));
        assertTrue(launcher.startsWith("#!/bin/sh\n"), launcher);
        assertTrue(launcher.contains("exec \"$here/runtime/bin/java\" $samnative_gc $samnative_jit $samnative_perf"
                + " $samnative_share $samnative_heap \\\n"), launcher);
        assertTrue(launcher.contains("samnative_gc=-XX:+UseSerialGC\nsamnative_jit=-XX:TieredStopAtLevel=1\n"), launcher);
        assertTrue(launcher.contains("-cp \"$here/lib/classes.jar:$here/lib/dep-1.0.jar\""), launcher);
        assertTrue(launcher.contains("io.github.samnative.generated.SamNativeMain \"$@\""), launcher);
    }

    @Test
    void linksTheModulesTheUserNamesEvenWhenJdepsSeesNoUse() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        new JvmImageBuilder(Path.of("/jdk"), List.of("java.naming", "java.sql"), runner(List.of(
                "classes.jar -> java.base", "jackson-databind.jar -> java.sql"), 0)).build(inputs(), out, line -> { });
        assertEquals("java.base,java.naming,java.sql,jdk.crypto.ec", commands.get(1).get(2));
    }

    @Test
    void fallsBackToABroadModuleSetWhenJdepsCannotTell() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        List<String> progress = new ArrayList<>();
        new JvmImageBuilder(Path.of("/jdk"), List.of(), runner(List.of("Error: something odd"), 0)).build(inputs(), out, progress::add);
        assertTrue(commands.get(1).get(2).contains("java.sql"), commands.get(1).toString());
        assertTrue(progress.stream().anyMatch(l -> l.startsWith("jdeps could not list the modules")), progress.toString());
    }

    @Test
    void aFailingJlinkSaysWhichJdkToUse() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        SamNativeException e = assertThrows(SamNativeException.class,
                () -> new JvmImageBuilder(Path.of("/jdk"), List.of(), runner(List.of("classes.jar -> java.base"), 3)).build(inputs(), out, line -> { }));
        assertTrue(e.getMessage().startsWith("jlink (/jdk/bin/jlink) failed with exit status 3: jlink says hi"), e.getMessage());
        assertTrue(e.getMessage().contains("-Dsam-native.jdkHome"), e.getMessage());
    }
}
