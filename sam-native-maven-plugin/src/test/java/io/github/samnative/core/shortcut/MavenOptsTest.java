package io.github.samnative.core.shortcut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MAVEN_OPTS as Maven's launcher script hands it on (jvm.config lines and a space in front), and back. */
class MavenOptsTest {

    @TempDir
    Path module;

    @Test
    void takesOffTheSpaceTheLauncherPrependsWithoutJvmConfig() {
        assertEquals("-Dsam-native.mode=jvm -Xmx1g", MavenOpts.asSetByUser(" -Dsam-native.mode=jvm  -Xmx1g", module));
        assertEquals(MavenOpts.normalized("-Dsam-native.mode=jvm -Xmx1g"),
                MavenOpts.asSetByUser(" -Dsam-native.mode=jvm  -Xmx1g", module));
    }

    @Test
    void takesOffTheJvmConfigLinesTheLauncherPrepends() throws Exception {
        Files.createDirectories(module.resolve(".mvn"));
        Files.writeString(module.resolve(".mvn/jvm.config"), "-Xss4m\r\n-XX:+UseSerialGC\n");

        assertEquals("-Dsam-native.mode=jvm", MavenOpts.asSetByUser("-Xss4m -XX:+UseSerialGC  -Dsam-native.mode=jvm", module));
        assertEquals("", MavenOpts.asSetByUser("-Xss4m -XX:+UseSerialGC  ", module));
    }

    @Test
    void unsetIsNotEmpty() {
        assertNull(MavenOpts.asSetByUser(null, module));
        assertNull(MavenOpts.normalized(null));
        assertEquals("", MavenOpts.normalized("  "));
    }
}
