package io.github.samnative.core.local.environment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Starts a bootstrap as a child process; tests may wrap the real one to see every process started. */
@FunctionalInterface
public interface ProcessLauncher {

    /**
     * @param environment the complete environment of the process: nothing is inherited, as on Lambda
     */
    Process launch(Path executable, Path workingDirectory, Map<String, String> environment) throws IOException;

    static ProcessLauncher system() {
        return (executable, workingDirectory, environment) -> {
            ProcessBuilder builder = new ProcessBuilder(executable.toString()).directory(workingDirectory.toFile());
            builder.environment().clear();
            builder.environment().putAll(environment);
            Process process = builder.start();
            // Lambda gives a bootstrap no input.
            process.getOutputStream().close();
            return process;
        };
    }
}
