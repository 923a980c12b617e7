package io.github.samnative.core.shortcut;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * MAVEN_OPTS as the user set it, which is not what Maven sees: Maven's launcher script prepends
 * the lines of {@code .mvn/jvm.config} (and a space) before it starts Java, and the changed value
 * is what the plugin reads. The shortcut runs before that script, so both sides compare the
 * user's value, with whitespace normalized.
 */
public final class MavenOpts {

    static final String NAME = "MAVEN_OPTS";

    private MavenOpts() {}

    /** The options one by one, joined by single spaces; null stays null (unset is not empty). */
    static String normalized(String value) {
        return value == null ? null : String.join(" ", tokens(value));
    }

    /**
     * What the user set, from what Maven's JVM sees: the jvm.config tokens the script put in front
     * are taken off again.
     */
    public static String asSetByUser(String seenByMaven, Path moduleDirectory) {
        if (seenByMaven == null) {
            return null;
        }
        List<String> tokens = new ArrayList<>(tokens(seenByMaven));
        Path jvmConfig = moduleDirectory.resolve(".mvn").resolve("jvm.config");
        if (Files.isRegularFile(jvmConfig)) {
            try {
                List<String> prepended = tokens(Files.readString(jvmConfig, StandardCharsets.UTF_8));
                if (tokens.size() >= prepended.size() && tokens.subList(0, prepended.size()).equals(prepended)) {
                    tokens.subList(0, prepended.size()).clear();
                }
            } catch (IOException e) {
                // Left as seen: the comparison then fails, and Maven runs, which is always right.
            }
        }
        return String.join(" ", tokens);
    }

    /** Split at whitespace by hand: the shortcut runs this once per call, cheaper than compiling a regex. */
    private static List<String> tokens(String value) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= value.length(); i++) {
            boolean space = i == value.length() || Character.isWhitespace(value.charAt(i));
            if (space && start >= 0) {
                tokens.add(value.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return tokens;
    }
}
