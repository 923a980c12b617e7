package io.github.samnative.core.shortcut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.samnative.core.process.ProcessRunner;
import io.github.samnative.core.process.SystemEnvironment;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When and how the shortcut's class archive is made, with the training call played by a process
 * runner that writes what the JVM's {@code -XX:ArchiveClassesAtExit} would. That a real archive
 * fits the real shortcut is checked by {@code MakefileHookIT}.
 */
class ShortcutClassArchiveTest {

    private static final Path JAVA_HOME = Path.of("/opt/jdk-17");

    @TempDir
    Path temp;

    private ShortcutStore store;
    private final List<List<String>> commands = new ArrayList<>();
    private final List<String> artifactsDirectories = new ArrayList<>();

    @BeforeEach
    void installALauncher() throws Exception {
        store = new ShortcutStore(temp.resolve("cache"));
        Path jar = temp.resolve("sam-native-maven-plugin.jar");
        Files.writeString(jar, "launcher classes");
        store.installLauncher(List.of(jar));
    }

    /** Plays a JVM that dumps its classes at exit, and records what it was asked. */
    private final ProcessRunner dumpingJvm = (command, directory, environment, output) -> {
        commands.add(command);
        Path artifacts = Path.of(environment.get("ARTIFACTS_DIR"));
        assertEquals(artifacts.resolveSibling("module"), directory, "run in the scene's module");
        assertTrue(Files.isDirectory(Path.of(environment.get("XDG_CACHE_HOME"), "sam-native", "shortcuts")),
                "the scene's cache, with its record");
        artifactsDirectories.add(artifacts.toString());
        String dump = command.stream().filter(a -> a.startsWith("-XX:ArchiveClassesAtExit=")).findFirst().orElseThrow();
        Files.writeString(Path.of(dump.substring("-XX:ArchiveClassesAtExit=".length())), "archive #" + commands.size());
        output.accept("sam-native: same sources and settings as an earlier build; placed it without Maven");
        return 0;
    };

    private ShortcutClassArchive.Outcome refresh(ProcessRunner runner, String vmVersion) throws Exception {
        return new ShortcutClassArchive(store, runner, Clock.systemUTC())
                .start(JAVA_HOME, vmVersion, SystemEnvironment.of(Map.of("PATH", "/usr/bin"))).await();
    }

    private Path archive() {
        return store.launcherDirectory().resolve("classes.jsa");
    }

    @Test
    void makesTheArchiveWithOneShortcutCallStartedAsTheMakefileStartsIt() throws Exception {
        ShortcutClassArchive.Outcome outcome = refresh(dumpingJvm, "17.0.15+6");

        assertTrue(outcome.made(), outcome::description);
        assertEquals("archive #1", Files.readString(archive()));
        List<String> command = commands.get(0);
        assertEquals("/opt/jdk-17/bin/java", command.get(0));
        assertEquals(ShortcutCommand.JVM_OPTIONS, command.subList(1, 1 + ShortcutCommand.JVM_OPTIONS.size()));
        assertEquals(List.of("-cp", store.launcherDirectory() + "/*", "io.github.samnative.shortcut.HookShortcutMain",
                "TrainingFunction"), command.subList(command.size() - 4, command.size()));
        assertFalse(Files.exists(Path.of(artifactsDirectories.get(0)).getParent()), "the training scene is removed");
        try (Stream<Path> left = Files.list(store.launcherDirectory())) {
            assertEquals(List.of("classes.jsa", "classes.jsa.about", "classes.jsa.lock", "sam-native-maven-plugin.jar"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void keepsAnArchiveMadeForTheSameJavaAndLauncher() throws Exception {
        refresh(dumpingJvm, "17.0.15+6");
        ShortcutClassArchive.Outcome again = refresh(dumpingJvm, "17.0.15+6");

        assertEquals(new ShortcutClassArchive.Outcome(false, "up to date"), again);
        assertEquals(1, commands.size());
    }

    @Test
    void makesItAgainForAnUpdatedJava() throws Exception {
        refresh(dumpingJvm, "17.0.15+6");
        assertTrue(refresh(dumpingJvm, "17.0.16+8").made());
        assertEquals("archive #2", Files.readString(archive()));
    }

    @Test
    void makesItAgainForAnotherLauncherJar() throws Exception {
        refresh(dumpingJvm, "17.0.15+6");
        Path rebuilt = temp.resolve("rebuilt/sam-native-maven-plugin.jar");
        Files.createDirectories(rebuilt.getParent());
        Files.writeString(rebuilt, "launcher classes, rebuilt");
        store.installLauncher(List.of(rebuilt));

        assertTrue(refresh(dumpingJvm, "17.0.15+6").made());
        assertEquals(2, commands.size());
    }

    @Test
    void aCallThatWritesNoArchiveLeavesNoneAndSaysWhy() throws Exception {
        ProcessRunner failing = (command, directory, environment, output) -> {
            output.accept("Error: Could not find or load main class");
            return 1;
        };
        ShortcutClassArchive.Outcome outcome = refresh(failing, "17.0.15+6");

        assertEquals(new ShortcutClassArchive.Outcome(false,
                "the training call exited with 1: Error: Could not find or load main class"), outcome);
        assertFalse(Files.exists(archive()));
        assertTrue(refresh(dumpingJvm, "17.0.15+6").made(), "a later build tries again");
    }

    @Test
    void aCallThatDeclinesLeavesNoArchive() throws Exception {
        ProcessRunner declining = (command, directory, environment, output) -> {
            dumpingJvm.run(command, directory, environment, output);
            return 3;
        };
        assertFalse(refresh(declining, "17.0.15+6").made());
        assertFalse(Files.exists(archive()), "an archive of a declined call lacks the placement's classes");
    }

    @Test
    void removesScenesThatDeadBuildsLeftBehind() throws Exception {
        Path leftover = Files.createDirectories(store.launcherDirectory().resolve(".training-123/module"));
        refresh(dumpingJvm, "17.0.15+6");
        assertFalse(Files.exists(leftover.getParent()));
    }

    @Test
    void leavesTheWorkToABuildThatIsAlreadyMakingIt() throws Exception {
        Path lockFile = store.launcherDirectory().resolve("classes.jsa.lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            assertEquals(new ShortcutClassArchive.Outcome(false, "another build is making it"),
                    refresh(dumpingJvm, "17.0.15+6"));
        }
        assertTrue(commands.isEmpty());
    }
}
