package io.github.samnative.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Per-invocation overhead and start-up of sam-native's runtime against the official Lambda
 * runtime interface client, both running the same no-op handler on the same JVM (the one running
 * this driver) against the same loopback Runtime API. Prints a Markdown report on stdout and
 * progress on stderr.
 */
public final class RuntimeBenchmark {

    /** The same for both runtimes: a small, quickly started JVM, as for a Lambda bootstrap. */
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private RuntimeBenchmark() {}

    public static void main(String[] args) {
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("runtime benchmark: " + e.getMessage());
            System.err.println(BenchmarkOptions.USAGE);
            System.exit(2);
            return;
        }
        // Children outlive nothing: on Ctrl-C the runtimes still running are killed too.
        Runtime.getRuntime().addShutdownHook(new Thread(() ->
                ProcessHandle.current().children().forEach(ProcessHandle::destroyForcibly)));
        try {
            System.out.print(run(options, System.err));
        } catch (BenchmarkFailure e) {
            System.err.println("runtime benchmark failed: " + e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println("runtime benchmark failed: " + e);
            System.exit(1);
        }
    }

    /** Runs every measurement and returns the Markdown report. */
    static String run(BenchmarkOptions options, PrintStream progress) throws BenchmarkFailure, IOException {
        Path libs = options.libs() != null ? options.libs() : besideDriver();
        List<Contender> contenders = List.of(Contenders.ours(libs), Contenders.ric(libs));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> jvmOptions = new ArrayList<>(JVM_OPTIONS);
        jvmOptions.addAll(options.childOptions());
        Path workDir = Files.createTempDirectory("sam-native-runtime-benchmark");
        try (BenchmarkRuntimeApi api = BenchmarkRuntimeApi.start(System::nanoTime)) {
            RuntimeMeasurement measure = new RuntimeMeasurement(api, java, jvmOptions, workDir, System::nanoTime, progress);

            // Launches alternate between the runtimes so that drift on the machine hits both alike;
            // one untimed launch each first fills the page cache with their jars.
            List<List<RuntimeMeasurement.StartUp>> startUps = new ArrayList<>();
            for (Contender contender : contenders) {
                measure.startUp(contender);
                startUps.add(new ArrayList<>());
            }
            for (int launch = 1; launch <= options.launches(); launch++) {
                for (int i = 0; i < contenders.size(); i++) {
                    RuntimeMeasurement.StartUp startUp = measure.startUp(contenders.get(i));
                    startUps.get(i).add(startUp);
                    progress.printf(Locale.ROOT, "%s: start-up %d/%d: %.1f ms%n", contenders.get(i).name(),
                            launch, options.launches(), startUp.nanos() / 1e6);
                }
            }

            List<RuntimeResult> results = new ArrayList<>();
            for (int i = 0; i < contenders.size(); i++) {
                Contender contender = contenders.get(i);
                progress.printf(Locale.ROOT, "%s: %,d warm-up + %,d measured invocations...%n", contender.name(),
                        options.warmup(), options.invocations());
                RuntimeMeasurement.Throughput run = measure.throughput(contender, options.warmup(),
                        options.invocations(), options.maxSeconds());
                progress.printf(Locale.ROOT, "%s: %,.0f invocations/s; event sent → response: p50 %.0f µs, p99 %.0f µs;"
                                + " response → next /next: p50 %.0f µs, p99 %.0f µs%n",
                        contender.name(), run.invocationsPerSecond(),
                        run.latency().percentile(50) / 1e3, run.latency().percentile(99) / 1e3,
                        run.turnaround().percentile(50) / 1e3, run.turnaround().percentile(99) / 1e3);
                results.add(new RuntimeResult(contender.name(), wallTimes(startUps.get(i)), cpuTimes(startUps.get(i)),
                        run.invocationsPerSecond(), run.latency(), run.cpuNanosPerInvocation(), run.peakRssKilobytes()));
            }
            return report(options, jvmOptions, results);
        } finally {
            deleteQuietly(workDir);
        }
    }

    private static String report(BenchmarkOptions options, List<String> jvmOptions, List<RuntimeResult> results) {
        return "JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.home") + "), children run with " + String.join(" ", jvmOptions)
                + "; " + Runtime.getRuntime().availableProcessors() + " cores\n"
                + ResultTable.format("Start-up: %d launches each (after one untimed launch); throughput: "
                        + "%,d warm-up + %,d measured invocations of a no-op handler%n%n",
                        options.launches(), options.warmup(), options.invocations())
                + ResultTable.markdown(results) + "\n"
                + GoalVerdict.describe(results.get(0), results.get(1));
    }

    private static Distribution wallTimes(List<RuntimeMeasurement.StartUp> launches) {
        return Distribution.of(launches.stream().mapToLong(RuntimeMeasurement.StartUp::nanos).toArray());
    }

    /** CPU times when every launch had one; a partial set would skew the median. */
    private static Optional<Distribution> cpuTimes(List<RuntimeMeasurement.StartUp> launches) {
        if (launches.stream().anyMatch(launch -> launch.cpuNanos().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(Distribution.of(launches.stream().mapToLong(launch -> launch.cpuNanos().getAsLong()).toArray()));
    }

    /** The build lays the class paths out in {@code runtime-benchmark/} beside the driver's classes or jar. */
    private static Path besideDriver() throws BenchmarkFailure {
        try {
            Path location = Path.of(RuntimeBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.getParent().resolve("runtime-benchmark");
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            throw new BenchmarkFailure("cannot tell where the driver was loaded from; pass --libs DIR");
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // a leftover empty temp folder is harmless
        }
    }
}
