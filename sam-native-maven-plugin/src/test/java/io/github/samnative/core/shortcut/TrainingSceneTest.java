package io.github.samnative.core.shortcut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.samnative.core.cache.CacheOutcome;
import io.github.samnative.core.process.SystemEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scene the class archive is made in is one where the shortcut really places a build. */
class TrainingSceneTest {

    @TempDir
    Path temp;

    @Test
    void theShortcutPlacesTheScenesBuildTheWayItPlacesARealOne() throws Exception {
        SystemEnvironment environment = SystemEnvironment.of(Map.of(
                "PATH", "/usr/bin", "JAVA_HOME", "/opt/jdk-17", "MAVEN_OPTS", "-Dsam-native.mode=jvm"));
        TrainingScene scene = TrainingScene.prepare(temp.resolve("scene"), "/opt/jdk-17", environment);

        HookShortcut.Outcome outcome = new HookShortcut(scene.cacheRoot(), environment, "/opt/jdk-17", Clock.systemUTC())
                .place(scene.moduleDirectory(), scene.logicalId(), scene.artifactsDirectory());

        assertTrue(outcome.placed().isPresent(), () -> "declined: " + outcome.declined());
        assertEquals(CacheOutcome.REUSED, outcome.placed().get().outcome());
        assertTrue(Files.isExecutable(scene.artifactsDirectory().resolve("bootstrap")));
        assertEquals("java", Files.readString(scene.artifactsDirectory().resolve("runtime/bin/java")));
        assertEquals(scene.xdgCacheHome().resolve("sam-native"), scene.cacheRoot(),
                "the training call finds the scene's cache through XDG_CACHE_HOME");
    }
}
