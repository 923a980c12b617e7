package io.github.samnative.core.metadata.repository;

import io.github.samnative.core.SamNativeException;

/** A library as the metadata repository names it: {@code groupId:artifactId:version}. */
public record Coordinates(String groupId, String artifactId, String version) {

    /**
     * Reads {@code g:a:v} or Maven's artifact id {@code g:a:type[:classifier]:v}; only group, artifact
     * and version matter to the repository.
     */
    public static Coordinates parse(String coordinates) throws SamNativeException {
        String[] parts = coordinates.split(":", -1);
        if (parts.length < 3 || parts.length > 5 || java.util.Arrays.stream(parts).anyMatch(String::isBlank)) {
            throw new SamNativeException("'" + coordinates + "' is not a dependency coordinate; expected "
                    + "groupId:artifactId:version (or groupId:artifactId:type[:classifier]:version).");
        }
        return new Coordinates(parts[0], parts[1], parts[parts.length - 1]);
    }

    /** {@code groupId:artifactId}, the repository's module name. */
    public String module() {
        return groupId + ":" + artifactId;
    }

    @Override
    public String toString() {
        return module() + ":" + version;
    }
}
