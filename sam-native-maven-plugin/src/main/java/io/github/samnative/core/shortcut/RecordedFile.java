package io.github.samnative.core.shortcut;

import io.github.samnative.core.cache.FileStamp;
import java.util.Objects;
import java.util.Optional;

/**
 * A build file outside the module as a hook run found it: its content digest, and its stamp when
 * the file had settled before it was recorded. An unchanged stamp spares hashing the file again
 * (the dependency jars are most of what a shortcut call would otherwise read); without one the
 * content is compared.
 *
 * @param sha256 the file's SHA-256, hex
 * @param stamp  its {@link FileStamp}, or null when the file was written too recently to trust one
 */
public record RecordedFile(String sha256, FileStamp stamp) {

    public RecordedFile {
        Objects.requireNonNull(sha256, "sha256");
    }

    public Optional<FileStamp> trustedStamp() {
        return Optional.ofNullable(stamp);
    }
}
