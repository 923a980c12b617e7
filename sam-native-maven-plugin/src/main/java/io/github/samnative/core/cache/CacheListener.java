package io.github.samnative.core.cache;

import java.nio.file.Path;

/**
 * What the cache tells its caller while it works, for progress output and the summary table.
 * Every method has an empty default so a caller picks only what it shows. Calls come from the
 * thread that called the cache.
 */
public interface CacheListener {

    CacheListener NONE = new CacheListener() {};

    /**
     * Another caller of the same key (in this or another process) holds its lock, so this one
     * waits, typically for a build; reported at most once per call.
     */
    default void waitingForLock(CacheKey key, Path lockFile) {}

    /** The builder is about to run. */
    default void buildStarted(CacheKey key) {}

    /** An existing entry failed verification and was deleted; it will be rebuilt. */
    default void corruptEntryDiscarded(CacheKey key, String reason) {}

    /** The entry is ready to use; the same facts the returned {@link CacheEntry} carries. */
    default void entryReady(CacheEntry entry) {}

    /** A least recently used entry was deleted to keep the cache within its limits. */
    default void entryEvicted(String keyHex, long bytes) {}

    /** Debris of a build that crashed (a staging directory or an unused lock file) was removed. */
    default void leftoverRemoved(Path path) {}
}
