package io.github.samnative.core.metadata.repository;

import io.github.samnative.core.FileTrees;
import io.github.samnative.core.SamNativeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The repository's published zip, extracted once per version into a cache directory. A released
 * version never changes, so the version alone names the extraction.
 *
 * @param version the repository release, e.g. {@code 0.11.5}
 * @param zip     the downloaded {@code graalvm-reachability-metadata-<version>-repository.zip}
 */
public record RepositoryArchive(String version, Path zip) {

    /** Extracts (unless done before) under {@code cacheRoot/<version>} and opens the result. */
    public MetadataRepository open(Path cacheRoot) throws SamNativeException {
        Path target = cacheRoot.resolve(version);
        if (!Files.isRegularFile(target.resolve("index.json"))) {
            extract(target);
        }
        return MetadataRepository.open(target);
    }

    private void extract(Path target) throws SamNativeException {
        Path staging = null;
        try {
            Files.createDirectories(target.getParent());
            // Extract beside the target, then move it in whole: concurrent builds never see half a repository.
            staging = Files.createTempDirectory(target.getParent(), version + ".extracting-");
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    Path out = staging.resolve(entry.getName()).normalize();
                    if (!out.startsWith(staging)) {
                        throw new SamNativeException(zip + " holds an entry outside its root (" + entry.getName()
                                + "); it is not a reachability metadata repository. Delete it from the local Maven "
                                + "repository so it is downloaded again.");
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(out);
                    } else {
                        Files.createDirectories(out.getParent());
                        copy(in, out);
                    }
                }
            }
            if (!Files.isRegularFile(staging.resolve("index.json"))) {
                throw new SamNativeException(zip + " has no top-level index.json; it is not a reachability metadata "
                        + "repository. Check -Dsam-native.metadataRepositoryVersion.");
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // Another build extracted the same version first.
                if (!Files.isRegularFile(target.resolve("index.json"))) {
                    throw e;
                }
            }
        } catch (IOException e) {
            throw new SamNativeException("Cannot extract the reachability metadata repository " + zip + " into "
                    + target + ": " + e.getMessage() + ". Check the disk, or set -Dsam-native.metadataRepository=false.", e);
        } finally {
            deleteQuietly(staging);
        }
    }

    private static void copy(InputStream in, Path out) throws IOException {
        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try {
            FileTrees.delete(directory);
        } catch (IOException ignored) {
            // A leftover staging directory only costs space.
        }
    }
}
