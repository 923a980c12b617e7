package io.github.samnative.benchmarks;

/**
 * The goals, checked on the measured numbers: at least 1.5× the official client's
 * throughput and at most half its start-up time (medians).
 */
public final class GoalVerdict {

    static final double THROUGHPUT_GOAL = 1.5;
    static final double START_UP_GOAL = 0.5;

    private GoalVerdict() {}

    public static double throughputRatio(RuntimeResult ours, RuntimeResult theirs) {
        return ours.invocationsPerSecond() / theirs.invocationsPerSecond();
    }

    public static double startUpRatio(RuntimeResult ours, RuntimeResult theirs) {
        return ours.startUp().median() / theirs.startUp().median();
    }

    /** Two lines, one per goal, each with the ratio and whether it is met. */
    public static String describe(RuntimeResult ours, RuntimeResult theirs) {
        double throughput = throughputRatio(ours, theirs);
        double startUp = startUpRatio(ours, theirs);
        return ResultTable.format("- throughput ratio (%s / %s): %.2f× (goal ≥ %.1f×): %s%n",
                ours.name(), theirs.name(), throughput, THROUGHPUT_GOAL, throughput >= THROUGHPUT_GOAL ? "met" : "NOT met")
                + ResultTable.format("- start-up ratio (%s / %s, medians): %.2f (goal ≤ %.1f): %s%n",
                ours.name(), theirs.name(), startUp, START_UP_GOAL, startUp <= START_UP_GOAL ? "met" : "NOT met");
    }
}
