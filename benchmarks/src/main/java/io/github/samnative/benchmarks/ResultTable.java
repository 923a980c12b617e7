package io.github.samnative.benchmarks;

import java.util.List;
import java.util.Locale;

/** The results as a Markdown table, one row per runtime, in the units a reader compares. */
public final class ResultTable {

    private static final String NOT_AVAILABLE = "n/a";

    private ResultTable() {}

    public static String markdown(List<RuntimeResult> results) {
        StringBuilder table = new StringBuilder()
                .append("| runtime | start-up median ms (min–max) | start-up CPU ms | invocations/s | p50 µs | p99 µs"
                        + " | CPU µs/invocation | peak RSS MB |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (RuntimeResult result : results) {
            table.append("| ").append(result.name())
                    .append(" | ").append(format("%.1f (%.1f–%.1f)", millis(result.startUp().median()),
                            millis(result.startUp().min()), millis(result.startUp().max())))
                    .append(" | ").append(result.startUpCpu()
                            .map(cpu -> format("%.0f", millis(cpu.median()))).orElse(NOT_AVAILABLE))
                    .append(" | ").append(format("%,.0f", result.invocationsPerSecond()))
                    .append(" | ").append(format("%.0f", micros(result.latency().percentile(50))))
                    .append(" | ").append(format("%.0f", micros(result.latency().percentile(99))))
                    .append(" | ").append(result.cpuNanosPerInvocation().isPresent()
                            ? format("%.0f", micros(result.cpuNanosPerInvocation().getAsDouble())) : NOT_AVAILABLE)
                    .append(" | ").append(result.peakRssKilobytes().isPresent()
                            ? format("%.0f", result.peakRssKilobytes().getAsLong() / 1024.0) : NOT_AVAILABLE)
                    .append(" |\n");
        }
        return table.toString();
    }

    static double millis(double nanos) {
        return nanos / 1e6;
    }

    static double micros(double nanos) {
        return nanos / 1e3;
    }

    static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
