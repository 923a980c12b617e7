package io.github.samnative.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.process.SystemEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeImageLocatorTest {

    @TempDir
    Path dir;

    private Path graalvm(String name) throws Exception {
        Path home = Files.createDirectories(dir.resolve(name).resolve("bin")).getParent();
        Path tool = Files.createFile(home.resolve("bin/native-image"));
        tool.toFile().setExecutable(true);
        return home;
    }

    @Test
    void prefersGraalvmHomeThenJavaHomeThenPath() throws Exception {
        Path graal = graalvm("graal");
        Path java = graalvm("java");
        Path onPath = graalvm("path");
        assertEquals(graal.resolve("bin/native-image"), new NativeImageLocator(SystemEnvironment.of(Map.of(
                "GRAALVM_HOME", graal.toString(), "JAVA_HOME", java.toString(), "PATH", onPath + "/bin"))).locate());
        assertEquals(java.resolve("bin/native-image"), new NativeImageLocator(SystemEnvironment.of(Map.of(
                "JAVA_HOME", java.toString(), "PATH", onPath + "/bin"))).locate());
        assertEquals(onPath.resolve("bin/native-image"), new NativeImageLocator(SystemEnvironment.of(Map.of(
                "JAVA_HOME", dir.resolve("plain-jdk").toString(), "PATH", "/nowhere:" + onPath + "/bin"))).locate());
    }

    @Test
    void saysWhereItLookedAndHowToBuildWithoutGraalvm() {
        SamNativeException e = assertThrows(SamNativeException.class, () -> new NativeImageLocator(
                SystemEnvironment.of(Map.of("JAVA_HOME", "/usr/lib/jvm/jdk-17", "PATH", "/usr/bin:/bin"))).locate());
        assertEquals("No native-image found for a native build. Looked in: GRAALVM_HOME (not set); "
                + "JAVA_HOME=/usr/lib/jvm/jdk-17 (no bin/native-image); PATH=/usr/bin:/bin. Install GraalVM (25 or later) "
                + "and set GRAALVM_HOME to it, or build without GraalVM with -Dsam-native.mode=jvm (a jlink-ed Java "
                + "runtime instead of a native image).", e.getMessage());
    }
}
