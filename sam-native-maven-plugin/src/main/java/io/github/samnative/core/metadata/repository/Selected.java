package io.github.samnative.core.metadata.repository;

import java.nio.file.Path;

/**
 * The metadata chosen for one library.
 *
 * @param directory       the directory holding its configuration files
 * @param relativeDirectory the same, relative to the repository root with '/' separators (stable
 *                        across machines, so fit for cache keys and messages)
 * @param metadataVersion the library version the metadata was written for
 * @param override        the repository declares its metadata should replace what the library's jar
 *                        ships in {@code META-INF/native-image}
 */
public record Selected(Coordinates dependency, Path directory, String relativeDirectory, String metadataVersion,
                       SelectionReason reason, boolean override) {

    /** {@code Using reachability metadata for g:a:v (dir)}, plus why when it is not an exact match. */
    public String describe() {
        String why = switch (reason) {
            case EXACT -> "";
            case TESTED -> ", tested with " + dependency.version();
            case DEFAULT_FOR -> ", default for " + dependency.version();
            case LATEST -> ", latest; " + dependency.version() + " is untested";
        };
        return "Using reachability metadata for " + dependency + " (" + relativeDirectory + why + ")";
    }
}
