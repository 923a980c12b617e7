package io.github.samnative.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/** One runtime running as a child JVM, the way Lambda starts a bootstrap; closing it kills it. */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final long startedAt;
    private final Path output;

    private ChildJvm(Process process, long startedAt, Path output) {
        this.process = process;
        this.startedAt = startedAt;
        this.output = output;
    }

    /** The command line: the same java and options for every contender, only the class path differs. */
    static List<String> command(Path java, List<String> jvmOptions, Contender contender) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(contender.classPath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add(contender.mainClass());
        command.addAll(contender.arguments());
        return command;
    }

    /**
     * Starts the child in {@code workDir} with exactly {@code environment}, its stdout and stderr
     * going to one file in that folder.
     *
     * @param clock read immediately before the process is started, as the start-up origin
     */
    static ChildJvm launch(List<String> command, Map<String, String> environment, Path workDir,
                           LongSupplier clock) throws IOException {
        Path output = Files.createTempFile(workDir, "child", ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        long startedAt = clock.getAsLong();
        Process process = builder.start();
        return new ChildJvm(process, startedAt, output);
    }

    /** The clock reading just before {@link ProcessBuilder#start()}. */
    public long startedAt() {
        return startedAt;
    }

    public CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /** Peak resident set size so far ({@code VmHWM}), when the platform exposes it. */
    public OptionalLong peakRssKilobytes() {
        return proc("status").map(ProcStatus::peakRssKilobytes).orElse(OptionalLong.empty());
    }

    /** CPU time the child has used so far, all threads, when the platform exposes it. */
    public OptionalLong cpuNanos() {
        return proc("stat").map(ProcStatus::cpuNanos).orElse(OptionalLong.empty());
    }

    private Optional<String> proc(String file) {
        try {
            return Optional.of(Files.readString(Path.of("/proc", Long.toString(process.pid()), file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            // not Linux, or the process is gone: the table shows n/a
            return Optional.empty();
        }
    }

    /** The last lines the child printed, for a failure message. */
    public String outputTail(int lines) {
        try {
            List<String> all = Files.readAllLines(output, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(output unreadable: " + e.getMessage() + ")";
        }
    }

    /** Asks the child to stop, then forces it; returns once it is gone. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(output);
        } catch (IOException ignored) {
            // a leftover log in a temp folder is harmless
        }
    }
}
