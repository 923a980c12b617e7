package io.github.samnative.core.build;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.cache.CacheKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which build each artifact directory holds, kept beside the build (never inside the artifact
 * directory, which SAM zips): lets a local run skip copying a bootstrap that is already current.
 */
final class PlacementRecord {

    private final Path directory;

    PlacementRecord(Path directory) {
        this.directory = directory;
    }

    boolean holds(Path artifactDirectory, CacheKey key) {
        Path file = fileFor(artifactDirectory);
        try {
            return Files.isRegularFile(artifactDirectory.resolve("bootstrap")) && Files.isRegularFile(file)
                    && Files.readString(file, StandardCharsets.UTF_8).equals(key.hex());
        } catch (IOException e) {
            return false;
        }
    }

    void remember(Path artifactDirectory, CacheKey key) throws SamNativeException {
        try {
            Files.createDirectories(directory);
            Files.writeString(fileFor(artifactDirectory), key.hex(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SamNativeException("Cannot write " + fileFor(artifactDirectory) + ": " + e.getMessage(), e);
        }
    }

    private Path fileFor(Path artifactDirectory) {
        String name = artifactDirectory.toAbsolutePath().normalize().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        return directory.resolve(name);
    }
}
