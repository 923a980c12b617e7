package io.github.samnative.core.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A verified cache entry, in use. While it is open, its key stays share-locked, so no other build
 * evicts or rewrites it: copy it ({@link Placement}) and then close it.
 */
public final class CacheEntry implements AutoCloseable {

    private final CacheKey key;
    private final Path directory;
    private final CacheOutcome outcome;
    private final Duration elapsed;
    private final String corruption;
    private final KeyLock.Lease lease;
    private final List<ContentItem> contents;

    CacheEntry(CacheKey key, Path directory, CacheOutcome outcome, Duration elapsed, String corruption,
            KeyLock.Lease lease, List<ContentItem> contents) {
        this.key = key;
        this.directory = directory;
        this.outcome = outcome;
        this.elapsed = elapsed;
        this.corruption = corruption;
        this.lease = lease;
        this.contents = contents;
    }

    public CacheKey key() {
        return key;
    }

    /** The builder's output: the directory it was given, now read-only by convention. */
    public Path directory() {
        return directory;
    }

    public CacheOutcome outcome() {
        return outcome;
    }

    /** Time from the call to the entry being ready, waiting and building included. */
    public Duration elapsed() {
        return elapsed;
    }

    /** Why the previous entry was thrown away, for {@link CacheOutcome#REBUILT_CORRUPT}. */
    public Optional<String> corruption() {
        return Optional.ofNullable(corruption);
    }

    /**
     * What the directory holds, sorted by path, as the cache found it when it verified the entry
     * for this reuse; empty otherwise (just built, or reused from under the build lock), and then
     * {@link Placement} lists the directory itself instead of copying this list.
     */
    Optional<List<ContentItem>> verifiedContents() {
        return Optional.ofNullable(contents);
    }

    /** Releases the entry for eviction by others. */
    @Override
    public void close() {
        try {
            lease.close();
        } catch (IOException e) {
            // Closing the lock file failed; the lock itself is gone with the descriptor either way.
            throw new UncheckedIOException("Cannot release the cache lock of " + key, e);
        }
    }

    @Override
    public String toString() {
        return outcome + " " + key + " at " + directory + " in " + elapsed.toMillis() + " ms";
    }
}
