package io.github.samnative.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** Launches runtimes against the benchmark's Runtime API and takes their measurements. */
public final class RuntimeMeasurement {

    private static final int START_UP_TIMEOUT_SECONDS = 60;
    private static final int OUTPUT_TAIL_LINES = 40;

    private final BenchmarkRuntimeApi api;
    private final Path java;
    private final List<String> jvmOptions;
    private final Path workDir;
    private final LongSupplier clock;
    private final PrintStream progress;

    public RuntimeMeasurement(BenchmarkRuntimeApi api, Path java, List<String> jvmOptions, Path workDir,
                              LongSupplier clock, PrintStream progress) {
        this.api = api;
        this.java = java;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.workDir = workDir;
        this.clock = clock;
        this.progress = progress;
    }

    /** From starting the process to the server receiving its first {@code /next}. */
    public StartUp startUp(Contender contender) throws BenchmarkFailure, IOException {
        InvocationSession session = InvocationSession.startUpOnly();
        api.serve(session);
        try (ChildJvm child = launch(contender)) {
            long firstNext = await(session.firstNext(), child, contender, START_UP_TIMEOUT_SECONDS, () -> "ask for its first event");
            return new StartUp(firstNext - child.startedAt(), child.cpuNanos());
        }
    }

    /**
     * One launch: wall-clock nanoseconds to the first {@code /next}, and the CPU time the child had
     * used by then (all threads, so it can exceed the wall time on several cores).
     */
    public record StartUp(long nanos, OptionalLong cpuNanos) {
    }

    /** Throughput and latency over {@code measured} invocations after {@code warmup}, and peak RSS. */
    public Throughput throughput(Contender contender, int warmup, int measured, int maxSeconds)
            throws BenchmarkFailure, IOException {
        InvocationSession session = new InvocationSession(warmup, measured);
        api.serve(session);
        try (ChildJvm child = launch(contender)) {
            await(session.measuring(), child, contender, maxSeconds,
                    () -> "answer " + warmup + " warm-up events (" + session.completed() + " answered)");
            OptionalLong cpuBefore = child.cpuNanos();
            await(session.finished(), child, contender, maxSeconds,
                    () -> "answer " + (warmup + measured) + " events (" + session.completed() + " answered)");
            OptionalLong cpuAfter = child.cpuNanos();
            OptionalDouble cpuPerInvocation = cpuBefore.isPresent() && cpuAfter.isPresent()
                    ? OptionalDouble.of((cpuAfter.getAsLong() - cpuBefore.getAsLong()) / (double) measured)
                    : OptionalDouble.empty();
            return new Throughput(session.invocationsPerSecond(), session.latencies(), session.turnarounds(),
                    cpuPerInvocation, child.peakRssKilobytes());
        }
    }

    /**
     * What a throughput run measured. {@code turnaround} is the rest of each cycle, from a response
     * arriving to the next {@code /next} arriving. {@code cpuNanosPerInvocation} is the child's CPU
     * time (all threads) over the measured invocations, divided by their count: unlike wall-clock
     * rates it hardly moves when other work shares the machine.
     */
    public record Throughput(double invocationsPerSecond, Distribution latency, Distribution turnaround,
                             OptionalDouble cpuNanosPerInvocation, OptionalLong peakRssKilobytes) {
    }

    private ChildJvm launch(Contender contender) throws IOException {
        List<String> command = ChildJvm.command(java, jvmOptions, contender);
        return ChildJvm.launch(command,
                ExecutionEnvironment.variables(api.address(), Contenders.HANDLER, workDir), workDir, clock);
    }

    /** Waits for {@code result}, failing early when the child exits or reports an error first. */
    private <T> T await(CompletableFuture<T> result, ChildJvm child, Contender contender, int seconds,
                        Supplier<String> what) throws BenchmarkFailure {
        try {
            CompletableFuture.anyOf(result, child.onExit()).get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw failure(contender, child, "did not " + what.get() + " within " + seconds + " s");
        } catch (ExecutionException e) {
            // the result failed: reported below with its cause
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(contender, child, "was interrupted while waiting to " + what.get());
        }
        if (result.isDone()) {
            try {
                return result.join();
            } catch (CompletionException e) {
                throw failure(contender, child, "failed: " + e.getCause().getMessage());
            }
        }
        int status = child.onExit().join().exitValue();
        progress.flush();
        throw failure(contender, child, "exited with status " + status + " before it could " + what.get());
    }

    private static BenchmarkFailure failure(Contender contender, ChildJvm child, String what) {
        return new BenchmarkFailure(contender.name() + " " + what + ". Its last output:\n"
                + child.outputTail(OUTPUT_TAIL_LINES));
    }
}
