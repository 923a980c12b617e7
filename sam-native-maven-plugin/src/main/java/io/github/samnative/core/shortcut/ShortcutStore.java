package io.github.samnative.core.shortcut;

import io.github.samnative.core.AtomicWrite;
import io.github.samnative.core.PluginVersion;
import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.cache.FileStamp;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where the hook shortcut keeps its files in the build cache: one record per module fingerprint
 * ({@code shortcuts/<fingerprint>.properties}), remembered fingerprints ({@link FingerprintMemo}) and the jars the Makefile's shortcut command runs
 * ({@code shortcut/<version>/}, the path {@code MakefileGenerator} writes into every Makefile).
 */
public final class ShortcutStore {

    static final String RECORDS = "shortcuts";
    static final String LAUNCHER = "shortcut";
    static final String LISTINGS = "listings";

    private final Path cacheRoot;

    public ShortcutStore(Path cacheRoot) {
        this.cacheRoot = cacheRoot;
    }

    Path recordFile(String fingerprint) {
        return cacheRoot.resolve(RECORDS).resolve(fingerprint + ".properties");
    }

    /** Module fingerprints remembered by their files' listing ({@code shortcuts/listings/}). */
    public FingerprintMemo fingerprintMemo() {
        return new FingerprintMemo(cacheRoot.resolve(RECORDS).resolve(LISTINGS));
    }

    /** The directory whose jars make up the shortcut command's class path. */
    public Path launcherDirectory() {
        return cacheRoot.resolve(LAUNCHER).resolve(PluginVersion.CURRENT);
    }

    /** Now by the clock of the file system that holds the records (see {@link FileStamp#fileSystemNow}). */
    public long fileSystemNow() throws SamNativeException {
        Path records = cacheRoot.resolve(RECORDS);
        try {
            Files.createDirectories(records);
            return FileStamp.fileSystemNow(records);
        } catch (IOException e) {
            throw new SamNativeException("Cannot write into the hook shortcut's directory " + records + ": " + e
                    + ". Check free space and permissions of the build cache.", e);
        }
    }

    /** Replaces the record for its fingerprint; readers see the old or the new one, never a part. */
    public void write(ShortcutRecord record) throws SamNativeException {
        Path file = recordFile(record.fingerprint());
        try {
            Files.createDirectories(file.getParent());
            AtomicWrite.replace(file, temporary -> {
                try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                    record.write(out);
                }
            });
        } catch (IOException e) {
            throw new SamNativeException("Cannot write the hook shortcut record " + file + ": " + e
                    + ". Check free space and permissions of the build cache.", e);
        }
    }

    /** The record for a fingerprint; empty when there is none. */
    public Optional<ShortcutRecord> read(String fingerprint) throws IOException {
        Path file = recordFile(fingerprint);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Optional.of(ShortcutRecord.read(in, file.toString()));
        }
    }

    /**
     * Puts the jars the shortcut command needs into {@link #launcherDirectory()}, replacing a jar
     * only when its content differs (a SNAPSHOT rebuilt), each by an atomic rename so that a
     * shortcut starting meanwhile reads a whole jar.
     */
    public void installLauncher(List<Path> jars) throws SamNativeException {
        Path directory = launcherDirectory();
        try {
            Files.createDirectories(directory);
            for (Path jar : jars) {
                Path installed = directory.resolve(jar.getFileName().toString());
                if (Files.isRegularFile(installed) && Files.size(installed) == Files.size(jar)
                        && Arrays.equals(Files.readAllBytes(installed), Files.readAllBytes(jar))) {
                    continue;
                }
                AtomicWrite.replace(installed, temporary -> Files.copy(jar, temporary, StandardCopyOption.REPLACE_EXISTING));
            }
            // Another library version left from an earlier install would shadow or clash on the class path.
            List<String> wanted = jars.stream().map(jar -> jar.getFileName().toString()).toList();
            try (var present = Files.list(directory)) {
                for (Path file : present.filter(f -> f.getFileName().toString().endsWith(".jar")).toList()) {
                    if (!wanted.contains(file.getFileName().toString())) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        } catch (IOException e) {
            throw new SamNativeException("Cannot install the hook shortcut into " + directory + ": " + e
                    + ". Check free space and permissions of the build cache.", e);
        }
    }
}
