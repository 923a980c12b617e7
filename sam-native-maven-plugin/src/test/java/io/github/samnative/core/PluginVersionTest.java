package io.github.samnative.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The version compiled into cache keys, shortcut records and Makefiles is the one Maven builds. */
class PluginVersionTest {

    @Test
    void isTheProjectVersion() throws Exception {
        String pom = Files.readString(Path.of("../pom.xml"));
        Matcher version = Pattern.compile("<artifactId>sam-native-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertEquals(true, version.find(), "the root pom.xml names sam-native-parent's version");
        assertEquals(version.group(1), PluginVersion.CURRENT);
    }

    /** A SNAPSHOT is reinstalled under the same version: its jar's content tells the builds of two apart. */
    @Test
    void aSnapshotIsNamedByItsJarsContentAReleaseByItsVersion(@TempDir Path temp) throws Exception {
        Path jar = Files.writeString(temp.resolve("sam-native-maven-plugin.jar"), "classes of Monday");
        String monday = PluginVersion.identity("0.1.0-SNAPSHOT", Optional.of(jar));
        Files.writeString(jar, "classes of Tuesday");
        String tuesday = PluginVersion.identity("0.1.0-SNAPSHOT", Optional.of(jar));

        assertTrue(monday.startsWith("0.1.0-SNAPSHOT+sha256:"), monday);
        assertNotEquals(monday, tuesday);
        assertEquals("1.0.0", PluginVersion.identity("1.0.0", Optional.of(jar)));
        assertEquals("0.1.0-SNAPSHOT", PluginVersion.identity("0.1.0-SNAPSHOT", Optional.empty()),
                "classes from a directory (this project's own tests) have no jar to name them");
    }
}
