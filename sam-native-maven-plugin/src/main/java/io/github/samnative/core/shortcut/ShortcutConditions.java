package io.github.samnative.core.shortcut;

import io.github.samnative.core.PluginVersion;
import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.build.FunctionTarget;
import io.github.samnative.core.cache.FileStamp;
import io.github.samnative.core.cache.Sha256;
import io.github.samnative.core.image.BuildMode;
import io.github.samnative.core.process.SystemEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes down what a Maven hook run depended on ({@link #observe}) and tells, later and without
 * Maven, whether any of it changed ({@link #difference}). Files are compared by content, as the
 * cache key compares them, because a SNAPSHOT jar can be replaced by one of the same size within
 * the same second; but a file whose {@link FileStamp} (modification time and inode) is as recorded
 * has not been written since, and is not read again, by the same rule as the cache's entries.
 */
public final class ShortcutConditions {

    private ShortcutConditions() {}

    /**
     * @param environment the variables as the user set them (see {@link MavenOpts#asSetByUser})
     * @param files build files outside the module that Maven read (parent POMs, settings, dependency jars)
     * @param fileSystemNow the time by the file systems' clock ({@link FileStamp#fileSystemNow}),
     *                      which decides whose stamps may be kept
     */
    public static ShortcutRecord observe(String fingerprint, String key, BuildMode mode, List<FunctionTarget> functions,
            String javaHome, SystemEnvironment environment, Collection<Path> files, long fileSystemNow)
            throws SamNativeException {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String name : ShortcutRecord.WATCHED_VARIABLES) {
            String value = comparable(name, environment.get(name));
            if (value != null) {
                variables.put(name, value);
            }
        }
        Map<String, RecordedFile> recorded = new TreeMap<>();
        for (Path file : files) {
            Path absolute = file.toAbsolutePath().normalize();
            recorded.put(absolute.toString(), record(absolute, fileSystemNow));
        }
        return new ShortcutRecord(PluginVersion.CURRENT, fingerprint, key, mode, functions, javaHome, variables,
                recorded);
    }

    /** The first thing that differs from when the record was written, or empty when nothing does. */
    public static Optional<String> difference(ShortcutRecord recorded, SystemEnvironment environment, String javaHome) {
        if (!recorded.version().equals(PluginVersion.CURRENT)) {
            return Optional.of("the earlier build was made by sam-native " + recorded.version());
        }
        if (!recorded.javaHome().equals(javaHome)) {
            return Optional.of("Maven ran on the Java in " + recorded.javaHome() + ", this is " + javaHome);
        }
        for (String name : ShortcutRecord.WATCHED_VARIABLES) {
            if (!Objects.equals(recorded.environment().get(name), comparable(name, environment.get(name)))) {
                return Optional.of("the environment variable " + name + " changed");
            }
        }
        for (Map.Entry<String, RecordedFile> file : new TreeMap<>(recorded.files()).entrySet()) {
            Path path = Path.of(file.getKey());
            Optional<BasicFileAttributes> attributes = attributes(path);
            if (attributes.isEmpty()) {
                return Optional.of(file.getKey() + " is gone");
            }
            Optional<FileStamp> recordedStamp = file.getValue().trustedStamp();
            if (recordedStamp.isPresent() && recordedStamp.equals(FileStamp.of(attributes.get()))) {
                continue;
            }
            if (!digest(path).equals(Optional.of(file.getValue().sha256()))) {
                return Optional.of(file.getKey() + " changed");
            }
        }
        return Optional.empty();
    }

    private static RecordedFile record(Path file, long fileSystemNow) throws SamNativeException {
        Optional<BasicFileAttributes> attributes = attributes(file);
        Optional<String> digest = digest(file);
        if (attributes.isEmpty() || digest.isEmpty()) {
            throw new SamNativeException(
                    "Cannot record the build file " + file + " for the hook shortcut: it is not a readable file.");
        }
        // Read before hashing: a write during the hashing then shows as a changed stamp later.
        FileStamp stamp = FileStamp.of(attributes.get()).filter(s -> s.settledAt(fileSystemNow)).orElse(null);
        return new RecordedFile(digest.get(), stamp);
    }

    private static Optional<BasicFileAttributes> attributes(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isRegularFile() ? Optional.of(attributes) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String comparable(String variable, String value) {
        return variable.equals(MavenOpts.NAME) ? MavenOpts.normalized(value) : value;
    }

    private static Optional<String> digest(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Sha256.hex(Sha256.ofFile(file)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
