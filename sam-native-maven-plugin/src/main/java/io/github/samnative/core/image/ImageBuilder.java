package io.github.samnative.core.image;

import io.github.samnative.core.SamNativeException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Makes the one executable of a project: {@code bootstrap} and whatever it needs beside it. */
public interface ImageBuilder {

    BuildMode mode();

    /**
     * Writes {@code bootstrap} (executable) and its companions into {@code outputDirectory}.
     *
     * @param progress receives one line per step and the tool's own output
     */
    void build(ImageInputs inputs, Path outputDirectory, Consumer<String> progress)
            throws SamNativeException, IOException, InterruptedException;
}
