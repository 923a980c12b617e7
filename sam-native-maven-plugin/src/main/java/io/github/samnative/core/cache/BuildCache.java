package io.github.samnative.core.cache;

import io.github.samnative.core.SamNativeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A content-addressed store of build outputs, shared by every build on the machine, so that SAM's
 * one-make-call-per-function turns into one build per distinct input.
 *
 * <p>Concurrent callers of one key, in this JVM or in other processes, wait for a single build and
 * then all reuse it. An entry becomes visible only complete (built in a staging directory, then
 * renamed into place), and is verified against its manifest on every use (a file is hashed again
 * unless its size, modification time and inode are as when the entry was sealed, see
 * {@link FileStamp}); a damaged one is deleted and rebuilt. After each new entry, least recently used ones are evicted to stay within
 * {@link CacheLimits}, and debris of crashed builds is swept away.
 */
public final class BuildCache {

    private static final int MAX_ATTEMPTS = 5;

    private final CacheLayout layout;
    private final EntryStore store;
    private final LruEviction eviction;
    private final LeftoverSweep sweep;
    private final CacheLimits limits;
    private final CacheListener listener;
    private final Clock clock;

    /** A cache at {@code root} (see {@link CacheLocation}) with default limits and no listener. */
    public BuildCache(Path root) throws SamNativeException {
        this(root, CacheLimits.DEFAULT, CacheListener.NONE, Clock.systemUTC());
    }

    /** @param clock stamps entries' last use, which orders eviction, and measures elapsed time */
    public BuildCache(Path root, CacheLimits limits, CacheListener listener, Clock clock)
            throws SamNativeException {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.layout = new CacheLayout(createRoot(root));
        this.store = new EntryStore(layout);
        this.eviction = new LruEviction(layout, store);
        this.sweep = new LeftoverSweep(layout);
    }

    // The real path, so that every spelling of one root shares one set of in-JVM locks.
    private static Path createRoot(Path root) throws SamNativeException {
        try {
            return Files.createDirectories(root.toAbsolutePath()).toRealPath();
        } catch (IOException e) {
            throw new SamNativeException("Cannot create the build cache directory " + root + " (" + e
                    + "). Make it writable, or point the cache elsewhere (its directory setting, or"
                    + " XDG_CACHE_HOME).", e);
        }
    }

    public Path root() {
        return layout.root();
    }

    /**
     * Returns the verified entry for {@code key}, running {@code builder} only if no intact entry
     * exists. Waits while another caller builds the same key.
     *
     * <p>The returned entry must be closed, and soon (once its content is copied): while it is
     * open, it cannot be evicted, and a caller that has to rebuild it waits for it.
     *
     * @throws SamNativeException what the builder threw (then no entry is left behind), or a
     *     failure of the cache directory itself
     */
    public CacheEntry getOrBuild(CacheKey key, EntryBuilder builder) throws SamNativeException {
        Instant start = clock.instant();
        AtomicBoolean toldWaiting = new AtomicBoolean();
        Runnable onWait = () -> {
            if (toldWaiting.compareAndSet(false, true)) {
                listener.waitingForLock(key, layout.lockFile(key.hex()));
            }
        };
        try {
            for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                CacheEntry entry = attempt(key, builder, start, onWait);
                if (entry != null) {
                    listener.entryReady(entry);
                    return entry;
                }
            }
        } catch (IOException e) {
            throw new SamNativeException("The build cache at " + layout.root() + " failed for key " + key + ": " + e
                    + ". Check free space and permissions there, or point the cache elsewhere (its directory"
                    + " setting, or XDG_CACHE_HOME).", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SamNativeException("Interrupted while waiting for the build cache lock of key " + key + ".", e);
        }
        throw new SamNativeException("The build cache entry " + key + " was evicted by other builds " + MAX_ATTEMPTS
                + " times before it could be used. Raise the cache limits (entries, bytes) so that concurrent"
                + " builds fit.");
    }

    /**
     * The verified entry for {@code key} if one exists, never building: for callers that can fall
     * back to a full build elsewhere. Waits while another caller builds the same key.
     */
    public Optional<CacheEntry> reuse(CacheKey key) throws SamNativeException {
        Instant start = clock.instant();
        try {
            KeyLock lock = KeyLock.at(layout.lockFile(key.hex()));
            // A class, not a lambda: the Makefile shortcut's JVM calls this once and would link one.
            Runnable onWait = new Runnable() {
                @Override
                public void run() {
                    listener.waitingForLock(key, layout.lockFile(key.hex()));
                }
            };
            return Optional.ofNullable(reuseIfValid(key, lock.shared(onWait), start));
        } catch (IOException e) {
            throw new SamNativeException("The build cache at " + layout.root() + " failed for key " + key + ": " + e
                    + ". Check free space and permissions there.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SamNativeException("Interrupted while waiting for the build cache lock of key " + key + ".", e);
        }
    }

    /** One try; null when the entry vanished between building it and using it. */
    private CacheEntry attempt(CacheKey key, EntryBuilder builder, Instant start, Runnable onWait)
            throws SamNativeException, IOException, InterruptedException {
        KeyLock lock = KeyLock.at(layout.lockFile(key.hex()));
        CacheEntry reused = reuseIfValid(key, lock.shared(onWait), start);
        if (reused != null) {
            return reused;
        }
        KeyLock.Lease exclusive = lock.tryExclusive().orElse(null);
        if (exclusive == null) {
            // Someone else holds the key, most likely building it: wait as a reader, so that all
            // who wait for one build verify its result side by side instead of one after another.
            reused = reuseIfValid(key, lock.shared(onWait), start);
            if (reused != null) {
                return reused;
            }
            exclusive = lock.exclusive(onWait);
        }
        Made made;
        try {
            made = makeEntry(key, builder);
        } catch (SamNativeException | IOException | RuntimeException e) {
            exclusive.close();
            throw e;
        }
        KeyLock.Lease reading = exclusive.downgrade();
        if (reading.lostFile() || !store.isComplete(key.hex())) {
            reading.close();
            return null;
        }
        CacheEntry entry = entry(key, made.outcome(), made.corruption(), start, reading, null);
        if (made.outcome() != CacheOutcome.REUSED) {
            try {
                eviction.enforce(limits, key.hex(), listener);
                sweep.sweep(listener);
            } catch (IOException | RuntimeException e) {
                entry.close();
                throw e;
            }
        }
        return entry;
    }

    private record Made(CacheOutcome outcome, String corruption) {}

    /** Under the key's exclusive lock: reuses, or builds (after discarding a damaged entry). */
    private Made makeEntry(CacheKey key, EntryBuilder builder) throws SamNativeException, IOException {
        String hex = key.hex();
        // Another caller may have built it while we waited for the exclusive lock.
        EntryCheck check = store.check(hex);
        if (check.isValid()) {
            store.touch(hex, clock.instant());
            return new Made(CacheOutcome.REUSED, null);
        }
        sweep.sweepStagingOf(hex, listener);
        Made made = new Made(CacheOutcome.BUILT, null);
        if (check.state() == EntryCheck.State.CORRUPT) {
            store.discard(hex);
            listener.corruptEntryDiscarded(key, check.problem());
            made = new Made(CacheOutcome.REBUILT_CORRUPT, check.problem());
        }
        listener.buildStarted(key);
        store.publish(hex, builder, clock.instant());
        return made;
    }

    /** The entry under this shared lease if it is intact; otherwise releases the lease and returns null. */
    private CacheEntry reuseIfValid(CacheKey key, KeyLock.Lease shared, Instant start) throws IOException {
        try {
            EntryCheck check = store.check(key.hex());
            if (check.isValid()) {
                store.touch(key.hex(), clock.instant());
                return entry(key, CacheOutcome.REUSED, null, start, shared, check.contents());
            }
        } catch (IOException | RuntimeException e) {
            shared.close();
            throw e;
        }
        shared.close();
        return null;
    }

    /** @param contents what the entry holds, when it was just verified; null when not */
    private CacheEntry entry(CacheKey key, CacheOutcome outcome, String corruption, Instant start,
            KeyLock.Lease lease, List<ContentItem> contents) {
        Path content = CacheLayout.content(layout.entry(key.hex()));
        return new CacheEntry(key, content, outcome, Duration.between(start, clock.instant()), corruption, lease,
                contents);
    }
}
