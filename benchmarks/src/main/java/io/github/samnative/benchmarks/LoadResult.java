package io.github.samnative.benchmarks;

import java.util.Locale;
import java.util.Optional;

/**
 * One measured phase: how many requests completed (errors included) in how long, and the latency
 * of the successful ones. Empty latency when nothing succeeded.
 */
public record LoadResult(int clients, long requests, long errors, long elapsedNanos, Optional<Distribution> latency) {

    public double requestsPerSecond() {
        return requests / (elapsedNanos / 1e9);
    }

    public static String markdownHeader() {
        return "| clients | requests | req/s | p50 ms | p99 ms | errors |\n|---:|---:|---:|---:|---:|---:|";
    }

    public String markdownRow() {
        return String.format(Locale.ROOT, "| %d | %d | %,.0f | %s | %s | %d |", clients, requests, requestsPerSecond(),
                latency.map(d -> millis(d.percentile(50))).orElse("n/a"),
                latency.map(d -> millis(d.percentile(99))).orElse("n/a"), errors);
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }
}
