package io.github.samnative.core.image;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.process.ProcessRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** One native-image run for all of a project's functions. */
public final class NativeImageBuilder implements ImageBuilder {

    static final String BOOTSTRAP = "bootstrap";
    private static final int LINES_KEPT_FOR_ERRORS = 30;

    private final Path nativeImage;
    private final NativeImageOptions options;
    private final ProcessRunner runner;

    public NativeImageBuilder(Path nativeImage, NativeImageOptions options, ProcessRunner runner) {
        this.nativeImage = nativeImage;
        this.options = options;
        this.runner = runner;
    }

    @Override
    public BuildMode mode() {
        return BuildMode.NATIVE;
    }

    @Override
    public void build(ImageInputs inputs, Path outputDirectory, Consumer<String> progress)
            throws SamNativeException, IOException, InterruptedException {
        Path output = outputDirectory.resolve(BOOTSTRAP);
        List<String> args = NativeImageArguments.of(inputs, output, options);
        Files.createDirectories(inputs.workDirectory());
        Path argumentFile = inputs.workDirectory().resolve("native-image.args");
        Files.writeString(argumentFile, NativeImageArguments.argumentFile(args), StandardCharsets.UTF_8);
        List<String> command = List.of(nativeImage.toString(), "@" + argumentFile);
        progress.accept("Executing: " + String.join(" ", command) + "  (arguments: " + String.join(" ", args) + ")");

        Deque<String> lastLines = new ArrayDeque<>();
        int status = runner.run(command, inputs.workDirectory(), Map.of(), line -> {
            progress.accept(line);
            if (lastLines.size() == LINES_KEPT_FOR_ERRORS) {
                lastLines.removeFirst();
            }
            lastLines.addLast(line);
        });
        if (status != 0) {
            throw new SamNativeException("native-image failed with exit status " + status + " (arguments in "
                    + argumentFile + "). Its last lines:\n  " + String.join("\n  ", lastLines)
                    + "\nIf it names a type missing from the reachability metadata, register it in "
                    + "src/main/resources/META-INF/native-image/ or report it to sam-native.");
        }
        if (!Files.isRegularFile(output)) {
            throw new SamNativeException("native-image exited with status 0 but wrote no " + output
                    + "; check its output above.");
        }
    }
}
