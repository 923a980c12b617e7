package io.github.samnative.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The driver's command line.
 *
 * @param launches     timed launches per runtime for start-up (after one untimed launch each)
 * @param warmup       invocations before measuring throughput
 * @param invocations  invocations measured
 * @param maxSeconds   the longest one throughput run may take before the benchmark gives up
 * @param libs         the folder holding {@code ours/}, {@code ric/} and {@code handler/}, or
 *                     {@code null} for the one beside the driver's own classes
 * @param childOptions extra JVM options for both children, e.g. for profiling
 */
public record BenchmarkOptions(int launches, int warmup, int invocations, int maxSeconds, Path libs,
                               List<String> childOptions) {

    public static final String USAGE = "usage: RuntimeBenchmark [--launches N (10)] [--warmup N (20000)] "
            + "[--invocations N (50000)] [--max-seconds N (300)] [--libs DIR] [--child-option OPTION]...";

    public BenchmarkOptions {
        childOptions = List.copyOf(childOptions);
    }

    /** @throws IllegalArgumentException naming the argument that is wrong and what it should be */
    public static BenchmarkOptions parse(String... args) {
        int launches = 10;
        int warmup = 20_000;
        int invocations = 50_000;
        int maxSeconds = 300;
        Path libs = null;
        List<String> childOptions = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("'" + name + "' needs a value, or is not an option of the runtime benchmark");
            }
            String value = args[++i];
            switch (name) {
                case "--launches" -> launches = WholeNumberOption.parse(name, value, 1);
                case "--warmup" -> warmup = WholeNumberOption.parse(name, value, 0);
                case "--invocations" -> invocations = WholeNumberOption.parse(name, value, 2);
                case "--max-seconds" -> maxSeconds = WholeNumberOption.parse(name, value, 1);
                case "--libs" -> libs = Path.of(value);
                case "--child-option" -> childOptions.add(value);
                default -> throw new IllegalArgumentException("unknown option '" + name + "'");
            }
        }
        return new BenchmarkOptions(launches, warmup, invocations, maxSeconds, libs, childOptions);
    }
}
