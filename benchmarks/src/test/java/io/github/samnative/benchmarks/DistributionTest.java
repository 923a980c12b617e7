package io.github.samnative.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class DistributionTest {

    @Test
    void percentilesAreNearestRankOverSortedSamples() {
        long[] hundred = LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray(); // 100..1, unsorted
        Distribution d = Distribution.of(hundred);
        assertEquals(50, d.percentile(50));
        assertEquals(99, d.percentile(99));
        assertEquals(100, d.percentile(100));
        assertEquals(1, d.percentile(0.5));
        assertEquals(1, d.min());
        assertEquals(100, d.max());
    }

    @Test
    void smallSamplesPickAMeasuredValue() {
        Distribution d = Distribution.of(new long[] {30, 10, 20});
        assertEquals(20, d.percentile(50));
        assertEquals(30, d.percentile(99));
        assertEquals(20.0, d.median());
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(25.0, Distribution.of(List.of(40L, 10L, 20L, 30L)).median());
    }

    @Test
    void rejectsNoSamplesAndPercentilesOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> Distribution.of(new long[0]));
        Distribution d = Distribution.of(new long[] {1});
        assertThrows(IllegalArgumentException.class, () -> d.percentile(0));
        assertThrows(IllegalArgumentException.class, () -> d.percentile(100.5));
    }
}
