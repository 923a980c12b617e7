package io.github.samnative.archetype;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command (Maven, make, cfn-lint, python) as a child process and keeps what it printed. */
final class ChildProcess {

    /** What a command printed (stdout and stderr together) and how it ended. */
    record Result(List<String> command, int exitCode, String output) {
        boolean succeeded() {
            return exitCode == 0;
        }

        @Override
        public String toString() {
            return String.join(" ", command) + "\nexit " + exitCode + "\n" + output;
        }
    }

    private ChildProcess() {}

    static Result run(List<String> command, Path directory, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("archetype-it", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            // A guard against a hung child, not a measure of speed.
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                throw new AssertionError(command + " did not finish in 15 minutes:\n" + Files.readString(log));
            }
            return new Result(command, process.exitValue(), Files.readString(log));
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    /** Whether an executable of this name is on the PATH. */
    static boolean onPath(String tool) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, tool)));
    }
}
