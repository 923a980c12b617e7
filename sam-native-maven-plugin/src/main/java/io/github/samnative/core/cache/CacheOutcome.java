package io.github.samnative.core.cache;

/** What {@link BuildCache#getOrBuild} had to do to produce an entry. */
public enum CacheOutcome {
    /** No entry existed; the builder ran. */
    BUILT,
    /** A complete, verified entry existed (possibly built meanwhile by another process). */
    REUSED,
    /** An entry existed but failed verification; it was deleted and the builder ran. */
    REBUILT_CORRUPT
}
