package io.github.samnative.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ResultTableTest {

    private static final RuntimeResult OURS = new RuntimeResult("ours",
            Distribution.of(new long[] {100_000_000, 120_000_000, 140_000_000}),
            Optional.of(Distribution.of(new long[] {150_000_000, 170_000_000, 190_000_000})), 9_000.4,
            Distribution.of(new long[] {80_000, 90_000, 150_000}), OptionalDouble.of(61_400), OptionalLong.of(61_440));
    private static final RuntimeResult THEIRS = new RuntimeResult("theirs",
            Distribution.of(new long[] {260_000_000, 250_000_000, 290_000_000, 270_000_000}), Optional.empty(), 4_500,
            Distribution.of(new long[] {120_000, 260_000}), OptionalDouble.empty(), OptionalLong.empty());

    @Test
    void rendersOneRowPerRuntimeInMillisecondsMicrosecondsAndMegabytesWithNaForWhatIsUnknown() {
        assertEquals("""
                | runtime | start-up median ms (min–max) | start-up CPU ms | invocations/s | p50 µs | p99 µs | CPU µs/invocation | peak RSS MB |
                |---|---:|---:|---:|---:|---:|---:|---:|
                | ours | 120.0 (100.0–140.0) | 170 | 9,000 | 90 | 150 | 61 | 60 |
                | theirs | 265.0 (250.0–290.0) | n/a | 4,500 | 120 | 260 | n/a | n/a |
                """, ResultTable.markdown(List.of(OURS, THEIRS)));
    }

    @Test
    void goalsCompareThroughputAndMedianStartUp() {
        assertEquals(2.0, GoalVerdict.throughputRatio(OURS, THEIRS), 1e-3);
        assertEquals(120.0 / 265.0, GoalVerdict.startUpRatio(OURS, THEIRS), 1e-9);
        assertEquals("- throughput ratio (ours / theirs): 2.00× (goal ≥ 1.5×): met\n"
                + "- start-up ratio (ours / theirs, medians): 0.45 (goal ≤ 0.5): met\n",
                GoalVerdict.describe(OURS, THEIRS).replace(System.lineSeparator(), "\n"));
        assertEquals("- throughput ratio (theirs / ours): 0.50× (goal ≥ 1.5×): NOT met\n"
                + "- start-up ratio (theirs / ours, medians): 2.21 (goal ≤ 0.5): NOT met\n",
                GoalVerdict.describe(THEIRS, OURS).replace(System.lineSeparator(), "\n"));
    }
}
