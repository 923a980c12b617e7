package io.github.samnative.shortcut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.samnative.core.process.ProcessRunner;
import io.github.samnative.core.process.SystemEnvironment;
import io.github.samnative.core.shortcut.ShortcutCommand;
import io.github.samnative.core.shortcut.TrainingScene;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a shortcut call costs the short-lived JVM that make starts for every function after the
 * first: a real call in a child JVM, with the classes it loads logged. Each lambda's first use links
 * its call site (a few hundred microseconds each, some milliseconds for the first), and Java's
 * security providers take milliseconds to start; a call needs neither of its own, and this keeps it so.
 */
class ShortcutCallFootprintTest {

    @TempDir
    Path temp;

    @Test
    void aCallLinksNoLambdaAndStartsNoSecurityProvider() throws Exception {
        String javaHome = System.getProperty("java.home");
        TrainingScene scene = TrainingScene.prepare(temp.resolve("scene"), javaHome, SystemEnvironment.system());
        Path log = temp.resolve("class-load.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(javaHome, "bin", "java").toString());
        command.addAll(ShortcutCommand.JVM_OPTIONS);
        command.add("-Xlog:class+load:file=" + log);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ShortcutCommand.MAIN_CLASS);
        command.add(scene.logicalId());
        List<String> output = new ArrayList<>();

        int exit = ProcessRunner.system().run(command, scene.moduleDirectory(), Map.of(
                "ARTIFACTS_DIR", scene.artifactsDirectory().toString(),
                "XDG_CACHE_HOME", scene.xdgCacheHome().toString()), output::add);

        assertEquals(0, exit, () -> String.join("\n", output));
        assertTrue(output.get(0).contains("placed it without Maven"), () -> String.join("\n", output));
        List<String> loaded = Files.readAllLines(log);
        // Ours, and stream pipelines' (which only our code would start); newer JDKs' own file-system
        // code links a few lambdas of its own, which no caller can avoid.
        assertEquals(List.of(), loaded.stream().map(line -> line.replaceAll(".*\\] (\\S+) .*", "$1"))
                .filter(name -> name.contains("$$Lambda")
                        && (name.startsWith("io.github.samnative.") || name.startsWith("java.util.stream.")))
                .collect(Collectors.toList()), "lambdas linked");
        assertEquals(List.of(), loaded.stream().filter(line -> line.contains("java.security.Provider "))
                .collect(Collectors.toList()), "security providers started");
    }
}
