package io.github.samnative.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file replaced as a whole: written beside its target under a temporary name, then renamed over
 * it, so that a reader (a shortcut call starting meanwhile, a parallel build) sees the old content
 * or the new, never a part. A failed write leaves neither a part nor the temporary file behind.
 */
public final class AtomicWrite {

    /** Writes the new content into the temporary file it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path temporary) throws IOException;
    }

    private AtomicWrite() {}

    public static void replace(Path target, Content content) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", ".tmp");
        try {
            content.writeTo(temporary);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
