package io.github.samnative.core.local.testing;

import io.github.samnative.core.local.environment.ProcessLauncher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The real launcher, remembering every process it started and for which function. */
public final class RecordingLauncher implements ProcessLauncher {

    /** @param launchedNanos {@link System#nanoTime()} when the process had been started */
    public record Launch(String functionName, Process process, Map<String, String> environment, long launchedNanos) {
    }

    private final ProcessLauncher real = ProcessLauncher.system();
    private final List<Launch> launches = new ArrayList<>();

    @Override
    public Process launch(Path executable, Path workingDirectory, Map<String, String> environment) throws IOException {
        Process process = real.launch(executable, workingDirectory, environment);
        synchronized (launches) {
            launches.add(new Launch(environment.get("AWS_LAMBDA_FUNCTION_NAME"), process, Map.copyOf(environment),
                    System.nanoTime()));
        }
        return process;
    }

    public List<Launch> launches() {
        synchronized (launches) {
            return List.copyOf(launches);
        }
    }

    public List<Launch> launches(String functionName) {
        return launches().stream().filter(launch -> functionName.equals(launch.functionName())).toList();
    }
}
