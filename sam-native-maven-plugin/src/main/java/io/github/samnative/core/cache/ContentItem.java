package io.github.samnative.core.cache;

/**
 * One thing inside a cache entry's content, as the manifest records it.
 *
 * @param path '/'-separated, relative to the content directory
 * @param size bytes of a file; 0 for directories and links
 * @param executable whether a file has its owner-execute bit
 * @param sha256 hex digest of a file's content, null for directories and links (and in quick scans)
 * @param linkTarget what a symbolic link points to, as written; null otherwise
 * @param stamp a file's {@link FileStamp}; in a manifest, only for files that may be trusted by it
 */
record ContentItem(String path, Kind kind, long size, boolean executable, String sha256, String linkTarget,
                   FileStamp stamp) implements Comparable<ContentItem> {

    ContentItem withoutStamp() {
        return new ContentItem(path, kind, size, executable, sha256, linkTarget, null);
    }

    /** By path: a directory before its contents. */
    @Override
    public int compareTo(ContentItem other) {
        return path.compareTo(other.path);
    }

    enum Kind { FILE, DIRECTORY, LINK }

    /** The differences that need no hashing, or null if there are none. */
    String shapeDifference(ContentItem actual) {
        if (kind != actual.kind) {
            return path + " is a " + describe(actual.kind) + " but the manifest says " + describe(kind);
        }
        if (size != actual.size) {
            return path + " has " + actual.size + " bytes but the manifest says " + size;
        }
        if (executable != actual.executable) {
            return path + (actual.executable ? " is" : " is not") + " executable, unlike when it was built";
        }
        if (kind == Kind.LINK && !linkTarget.equals(actual.linkTarget)) {
            return path + " points to " + actual.linkTarget + " but the manifest says " + linkTarget;
        }
        return null;
    }

    private static String describe(Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
