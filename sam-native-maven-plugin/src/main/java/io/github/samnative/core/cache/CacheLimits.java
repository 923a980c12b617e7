package io.github.samnative.core.cache;

/**
 * How large the cache may grow. After a new entry is published, least recently used entries are
 * evicted until both bounds hold again (entries in use by another build are left alone, so the
 * cache can briefly exceed them).
 */
public record CacheLimits(int maxEntries, long maxBytes) {

    /** A native bootstrap is ~15-40 MB and a jvm-mode entry (jars plus a jlink runtime) ~50-100 MB. */
    public static final CacheLimits DEFAULT = new CacheLimits(10, 5L * 1024 * 1024 * 1024);

    public CacheLimits {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1, was " + maxEntries);
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1, was " + maxBytes);
        }
    }
}
