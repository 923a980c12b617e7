package io.github.samnative.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The version compiled into cache keys, shortcut records and Makefiles is the one Maven builds. */
class PluginVersionTest {

    @Test
    void isTheProjectVersion() throws Exception {
        String pom = Files.readString(Path.of("../pom.xml"));
        Matcher version = Pattern.compile("<artifactId>sam-native-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertEquals(true, version.find(), "the root pom.xml names sam-native-parent's version");
        assertEquals(version.group(1), PluginVersion.CURRENT);
    }
}
