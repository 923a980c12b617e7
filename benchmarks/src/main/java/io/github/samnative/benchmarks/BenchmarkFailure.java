package io.github.samnative.benchmarks;

/** The benchmark cannot produce a number; the message says which runtime, what happened and what to check. */
public final class BenchmarkFailure extends Exception {

    public BenchmarkFailure(String message) {
        super(message);
    }
}
