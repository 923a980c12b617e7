package io.github.samnative.core.process;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs external tools (native-image, jlink, jdeps, mvn). Builders receive it injected so that
 * tests assert the exact command and play failures without the real tool.
 */
@FunctionalInterface
public interface ProcessRunner {

    /**
     * Runs {@code command} to completion.
     *
     * @param environment variables added to this process's environment
     * @param output      receives each line the tool prints (stdout and stderr merged)
     * @return the exit status
     */
    int run(List<String> command, Path workingDirectory, Map<String, String> environment, Consumer<String> output)
            throws IOException, InterruptedException;

    static ProcessRunner system() {
        return SystemProcessRunner.INSTANCE;
    }
}
