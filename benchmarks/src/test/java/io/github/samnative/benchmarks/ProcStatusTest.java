package io.github.samnative.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProcStatusTest {

    @Test
    void readsPeakRssFromStatus() {
        String status = "Name:\tjava\nVmPeak:\t 3060000 kB\nVmHWM:\t  117760 kB\nVmRSS:\t  100000 kB\n";
        assertEquals(OptionalLong.of(117_760), ProcStatus.peakRssKilobytes(status));
        assertEquals(OptionalLong.empty(), ProcStatus.peakRssKilobytes("Name:\tjava\n"));
    }

    @Test
    void addsUserAndSystemTicksEvenWhenTheCommandNameHasSpacesAndParentheses() {
        // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime ...
        String stat = "4242 (my (odd) java) S 1 4242 4242 0 -1 4194560 5000 0 3 0 150 25 0 0 20 0 19 0 100\n";
        assertEquals(OptionalLong.of(1_750_000_000L), ProcStatus.cpuNanos(stat), "175 ticks of 10 ms");
        assertEquals(OptionalLong.empty(), ProcStatus.cpuNanos("4242 (java) S 1"));
    }
}
