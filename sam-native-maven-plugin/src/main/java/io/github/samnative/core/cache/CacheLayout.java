package io.github.samnative.core.cache;

import java.nio.file.Path;

/**
 * Where things are inside the cache root:
 * <pre>
 * entries/&lt;key&gt;/content/        what the builder wrote
 * entries/&lt;key&gt;/manifest.properties    what content holds (sizes, hashes)
 * entries/&lt;key&gt;/complete         written last: SHA-256 of manifest.properties
 * entries/&lt;key&gt;/last-used        its modification time orders eviction
 * staging/&lt;key&gt;.&lt;random&gt;/       a build in progress, or a deleted entry on its way out
 * locks/&lt;key&gt;.lock              guards everything named after that key
 * </pre>
 * Staging lives under the same root as the entries so that publishing is a rename within one
 * file system, hence atomic.
 */
final class CacheLayout {

    private final Path root;

    CacheLayout(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path entries() {
        return root.resolve("entries");
    }

    Path staging() {
        return root.resolve("staging");
    }

    Path locks() {
        return root.resolve("locks");
    }

    Path entry(String key) {
        return entries().resolve(key);
    }

    Path lockFile(String key) {
        return locks().resolve(key + ".lock");
    }

    static Path content(Path entry) {
        return entry.resolve("content");
    }

    static Path manifest(Path entry) {
        return entry.resolve("manifest.properties");
    }

    static Path completionMarker(Path entry) {
        return entry.resolve("complete");
    }

    static Path lastUsed(Path entry) {
        return entry.resolve("last-used");
    }

    /** The key a staging directory or lock file belongs to, or null for names the cache never writes. */
    static String keyOf(Path stagingItemOrLockFile) {
        String name = stagingItemOrLockFile.getFileName().toString();
        if (name.length() <= 64) {
            return null;
        }
        String key = name.substring(0, 64);
        return CacheKey.isHexKey(key) && name.charAt(64) == '.' ? key : null;
    }
}
