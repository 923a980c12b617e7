package io.github.samnative.core.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the cache within its {@link CacheLimits} by deleting least recently used entries.
 *
 * <p>An entry is only deleted under its exclusive lock, taken without waiting: an entry another
 * build is reading or writing is skipped, so the cache may stay over its limits until the next
 * build. Another process may evict at the same time; whoever gets an entry's lock first deletes it
 * and the other finds it gone.
 */
final class LruEviction {

    private final CacheLayout layout;
    private final EntryStore store;

    LruEviction(CacheLayout layout, EntryStore store) {
        this.layout = layout;
        this.store = store;
    }

    private record Candidate(String key, Instant lastUsed, long bytes) {}

    /** Evicts until both limits hold; {@code keep} (the entry just built) is never evicted. */
    void enforce(CacheLimits limits, String keep, CacheListener listener) throws IOException {
        List<Candidate> candidates = new ArrayList<>();
        for (String key : store.keys()) {
            try {
                candidates.add(new Candidate(key, store.lastUsed(key), store.sizeOf(key)));
            } catch (IOException e) {
                // Deleted by another process while we looked: nothing left to count.
            }
        }
        long entries = candidates.size();
        long bytes = candidates.stream().mapToLong(Candidate::bytes).sum();
        candidates.sort(Comparator.comparing(Candidate::lastUsed).thenComparing(Candidate::key));
        for (Candidate candidate : candidates) {
            if (entries <= limits.maxEntries() && bytes <= limits.maxBytes()) {
                return;
            }
            if (candidate.key().equals(keep)) {
                continue;
            }
            Optional<KeyLock.Lease> lease = KeyLock.at(layout.lockFile(candidate.key())).tryExclusive();
            if (lease.isEmpty()) {
                continue;
            }
            try (KeyLock.Lease exclusive = lease.get()) {
                if (!Files.exists(layout.entry(candidate.key()), LinkOption.NOFOLLOW_LINKS)) {
                    entries--;
                    bytes -= candidate.bytes();
                    continue;
                }
                if (store.lastUsed(candidate.key()).isAfter(candidate.lastUsed())) {
                    continue; // used since we looked, so no longer the least recently used
                }
                store.discard(candidate.key());
                exclusive.retire();
                entries--;
                bytes -= candidate.bytes();
                listener.entryEvicted(candidate.key(), candidate.bytes());
            }
        }
    }
}
