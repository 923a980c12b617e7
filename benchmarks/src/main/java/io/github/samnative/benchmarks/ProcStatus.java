package io.github.samnative.benchmarks;

import java.util.OptionalLong;

/** Reads a process's figures from Linux's {@code /proc/<pid>/status} and {@code /proc/<pid>/stat} texts. */
public final class ProcStatus {

    /**
     * Clock ticks per second of {@code utime}/{@code stime}: USER_HZ, which Linux fixes at 100 on
     * every common architecture ({@code getconf CLK_TCK}); Java has no portable way to ask.
     */
    static final long TICKS_PER_SECOND = 100;

    private ProcStatus() {}

    /** {@code VmHWM}, the peak resident set size, in kB. */
    public static OptionalLong peakRssKilobytes(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmHWM:")) {
                try {
                    return OptionalLong.of(Long.parseLong(line.substring("VmHWM:".length()).replace("kB", "").trim()));
                } catch (NumberFormatException e) {
                    return OptionalLong.empty();
                }
            }
        }
        return OptionalLong.empty();
    }

    /** User plus system CPU time of all the process's threads, in nanoseconds. */
    public static OptionalLong cpuNanos(String stat) {
        // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
        int end = stat.lastIndexOf(')');
        if (end < 0) {
            return OptionalLong.empty();
        }
        String[] fields = stat.substring(end + 1).trim().split("\\s+");
        // fields[0] is field 3 (state); utime and stime are fields 14 and 15.
        if (fields.length < 13) {
            return OptionalLong.empty();
        }
        try {
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return OptionalLong.of(ticks * (1_000_000_000L / TICKS_PER_SECOND));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
