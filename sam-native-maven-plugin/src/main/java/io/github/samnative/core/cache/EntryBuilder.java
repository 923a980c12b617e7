package io.github.samnative.core.cache;

import io.github.samnative.core.SamNativeException;
import java.io.IOException;
import java.nio.file.Path;

/** Produces the content of a cache entry: a bootstrap, or a launcher with its jars and runtime. */
@FunctionalInterface
public interface EntryBuilder {

    /**
     * Writes the build output into {@code outputDirectory}, which exists and is empty. Whatever is
     * there when this returns becomes the entry; if it throws, everything written is discarded.
     * Symbolic links must be relative and stay inside the directory.
     */
    void build(Path outputDirectory) throws SamNativeException, IOException;
}
