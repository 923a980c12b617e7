package io.github.samnative.core.shortcut;

import io.github.samnative.core.AtomicWrite;
import io.github.samnative.core.FileTrees;
import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.process.ProcessRunner;
import io.github.samnative.core.process.SystemEnvironment;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;

/**
 * The shortcut's class archive (a CDS archive, {@link ShortcutCommand#CLASS_ARCHIVE}): the classes
 * a shortcut call loads, already parsed and verified, which saves a good part of every call. Made
 * by one shortcut call with {@code -XX:ArchiveClassesAtExit}, in a {@link TrainingScene} of its
 * own, on a thread of the Maven run that also builds, so that it overlaps the compile instead of
 * adding to it.
 *
 * <p>An archive fits one Java and one launcher jar. The file beside it
 * ({@code classes.jsa.about}) says which, so the archive is made again after the plugin jar or the
 * Java changed, and otherwise never. A JVM given an archive that does not fit ignores it, so a
 * stale or missing archive only costs speed. One build at a time makes it (a file lock); parallel
 * builds that find the lock taken leave it to that one.
 */
public final class ShortcutClassArchive {

    /** What the training did, for Maven's log. */
    public record Outcome(boolean made, String description) {
        public static final Outcome UP_TO_DATE = new Outcome(false, "up to date");
    }

    /** A training started by {@link #start}; possibly one with nothing to do. */
    public interface Training {
        Outcome await() throws InterruptedException;
    }

    private final ShortcutStore store;
    private final ProcessRunner runner;
    private final Clock clock;

    public ShortcutClassArchive(ShortcutStore store, ProcessRunner runner, Clock clock) {
        this.store = store;
        this.runner = runner;
        this.clock = clock;
    }

    Path archive() {
        return store.launcherDirectory().resolve(ShortcutCommand.CLASS_ARCHIVE);
    }

    Path about() {
        return store.launcherDirectory().resolve(ShortcutCommand.CLASS_ARCHIVE + ".about");
    }

    /**
     * Starts making the archive on another thread unless one for this Java and the installed
     * launcher is there, or another build is making it.
     *
     * @param javaHome      the Java that runs Maven, which the shortcut must run on to place anything
     * @param javaVmVersion its {@code java.vm.version}: an update in place keeps the home
     * @param environment   the environment the training call inherits
     */
    public Training start(Path javaHome, String javaVmVersion, SystemEnvironment environment) throws IOException {
        String wanted = description(javaHome, javaVmVersion);
        if (isUpToDate(wanted)) {
            return () -> Outcome.UP_TO_DATE;
        }
        Path lockFile = store.launcherDirectory().resolve(ShortcutCommand.CLASS_ARCHIVE + ".lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel);
        if (lock == null) {
            channel.close();
            Outcome busy = new Outcome(false, "another build is making it");
            return () -> busy;
        }
        FutureTask<Outcome> task = new FutureTask<>(() -> {
            try (channel) {
                // Checked again under the lock: a build that held it a moment ago may have made it.
                return isUpToDate(wanted) ? Outcome.UP_TO_DATE : make(wanted, javaHome, environment);
            }
        });
        Thread thread = new Thread(task, "sam-native-class-archive");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            try {
                return task.get();
            } catch (ExecutionException e) {
                return new Outcome(false, String.valueOf(e.getCause()));
            }
        };
    }

    private boolean isUpToDate(String wanted) throws IOException {
        return Files.isRegularFile(archive()) && Files.isRegularFile(about())
                && Files.readString(about(), StandardCharsets.UTF_8).equals(wanted);
    }

    private Outcome make(String wanted, Path javaHome, SystemEnvironment environment)
            throws IOException, InterruptedException, SamNativeException {
        Instant start = clock.instant();
        Path directory = store.launcherDirectory();
        removeLeftovers(directory);
        Path dumped = directory.resolve(".classes-" + ProcessHandle.current().pid() + ".jsa.tmp");
        Path sceneDirectory = Files.createTempDirectory(directory, ".training-");
        try {
            TrainingScene scene = TrainingScene.prepare(sceneDirectory, javaHome.toString(), environment);
            List<String> command = new ArrayList<>();
            command.add(javaHome.resolve("bin").resolve("java").toString());
            command.addAll(ShortcutCommand.JVM_OPTIONS);
            command.add("-XX:ArchiveClassesAtExit=" + dumped);
            command.add("-cp");
            command.add(directory + "/*");
            command.add(ShortcutCommand.MAIN_CLASS);
            command.add(scene.logicalId());
            List<String> output = new ArrayList<>();
            int exit = runner.run(command, scene.moduleDirectory(), Map.of(
                    "ARTIFACTS_DIR", scene.artifactsDirectory().toString(),
                    "XDG_CACHE_HOME", scene.xdgCacheHome().toString()), output::add);
            if (exit != 0 || !Files.isRegularFile(dumped)) {
                return new Outcome(false, "the training call " + (exit != 0 ? "exited with " + exit : "wrote no archive")
                        + (output.isEmpty() ? "" : ": " + String.join(" / ", output)));
            }
            Files.move(dumped, archive(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            AtomicWrite.replace(about(), temporary -> Files.writeString(temporary, wanted, StandardCharsets.UTF_8));
            return new Outcome(true, "made in " + Duration.between(start, clock.instant()).toMillis() + " ms");
        } finally {
            Files.deleteIfExists(dumped);
            FileTrees.delete(sceneDirectory);
        }
    }

    /** Scenes of builds that died: whoever holds the lock is the only one training. */
    private static void removeLeftovers(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(".training-")).toList()) {
                FileTrees.delete(file);
            }
        }
    }

    /** The Java and the launcher jars (by name, size and time) the archive is made for. */
    String description(Path javaHome, String javaVmVersion) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("java.home=").append(javaHome).append('\n');
        text.append("java.vm.version=").append(javaVmVersion).append('\n');
        try (Stream<Path> files = Files.list(store.launcherDirectory())) {
            for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                text.append("jar=").append(jar.getFileName()).append(' ').append(Files.size(jar)).append(' ')
                        .append(Files.getLastModifiedTime(jar).toMillis()).append('\n');
            }
        }
        return text.toString();
    }

    /** Null when another process (or thread of this JVM) holds it: that one is making the archive. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }
}
