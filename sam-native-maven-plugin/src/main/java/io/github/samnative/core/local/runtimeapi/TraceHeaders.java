package io.github.samnative.core.local.runtimeapi;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/** X-Ray trace headers in Lambda's shape: {@code Root=1-<epoch seconds hex>-<96 random bits>;Parent=...;Sampled=0}. */
public final class TraceHeaders {

    private TraceHeaders() {
    }

    public static String newTraceHeader(long epochMillis) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String root = String.format(Locale.ROOT, "1-%08x-%08x%016x", epochMillis / 1000, random.nextInt(), random.nextLong());
        String parent = String.format(Locale.ROOT, "%016x", random.nextLong());
        return "Root=" + root + ";Parent=" + parent + ";Sampled=0";
    }
}
