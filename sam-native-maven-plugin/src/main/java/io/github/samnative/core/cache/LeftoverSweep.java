package io.github.samnative.core.cache;

import io.github.samnative.core.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Removes what crashed builds leave behind: staging directories and lock files of keys that have
 * no entry.
 *
 * <p>No age threshold is needed: a staging directory is only ever written under its key's
 * exclusive lock, and the operating system releases that lock when the writer dies. So if the
 * lock can be taken, nobody is writing there any more, however recent the directory is.
 */
final class LeftoverSweep {

    private final CacheLayout layout;

    LeftoverSweep(CacheLayout layout) {
        this.layout = layout;
    }

    /** Sweeps every key that nobody holds; keys in use are left for a later sweep. */
    void sweep(CacheListener listener) throws IOException {
        for (Path item : list(layout.staging())) {
            String key = CacheLayout.keyOf(item);
            if (key == null) {
                continue;
            }
            Optional<KeyLock.Lease> lease = KeyLock.at(layout.lockFile(key)).tryExclusive();
            if (lease.isPresent()) {
                try (KeyLock.Lease exclusive = lease.get()) {
                    removeStaging(item, listener);
                    if (!Files.exists(layout.entry(key), LinkOption.NOFOLLOW_LINKS)) {
                        exclusive.retire();
                    }
                }
            }
        }
        for (Path lockFile : list(layout.locks())) {
            String key = CacheLayout.keyOf(lockFile);
            if (key == null || Files.exists(layout.entry(key), LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Optional<KeyLock.Lease> lease = KeyLock.at(lockFile).tryExclusive();
            if (lease.isPresent()) {
                try (KeyLock.Lease exclusive = lease.get()) {
                    if (!Files.exists(layout.entry(key), LinkOption.NOFOLLOW_LINKS)) {
                        exclusive.retire();
                        listener.leftoverRemoved(lockFile);
                    }
                }
            }
        }
    }

    /** Removes staging leftovers of one key; the caller holds that key's exclusive lock. */
    void sweepStagingOf(String key, CacheListener listener) throws IOException {
        for (Path item : list(layout.staging())) {
            if (key.equals(CacheLayout.keyOf(item))) {
                removeStaging(item, listener);
            }
        }
    }

    private static void removeStaging(Path item, CacheListener listener) throws IOException {
        if (Files.exists(item, LinkOption.NOFOLLOW_LINKS)) {
            FileTrees.delete(item);
            listener.leftoverRemoved(item);
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> items = Files.list(dir)) {
            return items.sorted().toList();
        }
    }
}
