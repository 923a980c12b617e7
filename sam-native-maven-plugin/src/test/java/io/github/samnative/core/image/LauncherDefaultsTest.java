package io.github.samnative.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real jvm-mode launcher run on this JDK's {@code java} (the main class replaced by {@code -version}),
 * with the flags the JVM ended up with printed by {@code -XX:+PrintFlagsFinal}; by {@code dash} (Debian's
 * {@code sh}) and by {@code bash} (Amazon Linux 2023's {@code sh}).
 */
class LauncherDefaultsTest {

    private static final Pattern FLAG = Pattern.compile("^\\s*\\S+\\s+(\\w+)\\s+=\\s+(\\S+)");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"dash", "bash"})
    void withoutJavaToolOptionsTheJvmRunsWithEveryDefault(String shell) throws Exception {
        Map<String, String> flags = launch(shell, "-XX:+PrintFlagsFinal");
        assertEquals("true", flags.get("UseSerialGC"));
        assertEquals("1", flags.get("TieredStopAtLevel"));
        assertEquals("false", flags.get("UsePerfData"));
        assertEquals("75.000000", flags.get("MaxRAMPercentage"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dash", "bash"})
    void whatJavaToolOptionsSetsWinsAndAnotherCollectorDoesNotStopTheJvm(String shell) throws Exception {
        Map<String, String> flags = launch(shell, "-XX:+PrintFlagsFinal -XX:+UseParallelGC -XX:TieredStopAtLevel=4"
                + " -XX:+UsePerfData -XX:MaxRAMPercentage=50");
        assertEquals("true", flags.get("UseParallelGC"));
        assertEquals("false", flags.get("UseSerialGC"));
        assertEquals("4", flags.get("TieredStopAtLevel"));
        assertEquals("true", flags.get("UsePerfData"));
        assertEquals("50.000000", flags.get("MaxRAMPercentage"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dash", "bash"})
    void optionsThatOnlyLookAlikeLeaveTheDefaultsInPlace(String shell) throws Exception {
        Map<String, String> flags = launch(shell, "-XX:+PrintFlagsFinal -XX:+UseGCOverheadLimit -Xlog:disable -Dwild=*");
        assertEquals("true", flags.get("UseSerialGC"));
        assertEquals("1", flags.get("TieredStopAtLevel"));
    }

    private Map<String, String> launch(String shell, String javaToolOptions) throws IOException, InterruptedException {
        Path bin = Files.createDirectories(dir.resolve("runtime/bin"));
        Files.createSymbolicLink(bin.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        Path bootstrap = Files.writeString(dir.resolve("bootstrap"), JvmImageBuilder.launcher(List.of(), "-version"));
        ProcessBuilder builder = new ProcessBuilder(shell, bootstrap.toString()).redirectErrorStream(true);
        builder.environment().put("JAVA_TOOL_OPTIONS", javaToolOptions);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        Map<String, String> flags = new HashMap<>();
        for (String line : output.split("\n")) {
            Matcher m = FLAG.matcher(line);
            if (m.find()) {
                flags.put(m.group(1), m.group(2));
            }
        }
        return flags;
    }
}
