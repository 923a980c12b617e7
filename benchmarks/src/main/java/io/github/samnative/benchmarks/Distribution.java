package io.github.samnative.benchmarks;

import java.util.Arrays;
import java.util.Collection;

/** A sorted sample of measurements (nanoseconds here), read by rank. */
public final class Distribution {

    private final long[] sorted;

    private Distribution(long[] sorted) {
        this.sorted = sorted;
    }

    /** @throws IllegalArgumentException when there is no sample: no statistic means anything then */
    public static Distribution of(long[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("a distribution needs at least one sample");
        }
        long[] copy = samples.clone();
        Arrays.sort(copy);
        return new Distribution(copy);
    }

    public static Distribution of(Collection<Long> samples) {
        return of(samples.stream().mapToLong(Long::longValue).toArray());
    }

    public int size() {
        return sorted.length;
    }

    public long min() {
        return sorted[0];
    }

    public long max() {
        return sorted[sorted.length - 1];
    }

    /**
     * The nearest-rank percentile: the smallest sample with at least {@code percent} % of the
     * samples at or below it. Always a measured value, never an interpolation.
     */
    public long percentile(double percent) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], was " + percent);
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    /** The middle sample, or the mean of the two middle ones for an even count. */
    public double median() {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
