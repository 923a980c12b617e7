package io.github.samnative.core.local.environment;

import io.github.samnative.core.local.LocalClock;
import io.github.samnative.core.local.LogSink;
import io.github.samnative.core.process.SystemEnvironment;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What every execution environment of a local run shares: the seams (processes, clock, memory,
 * user environment, log) and the threads (timeout timers, and those that stop environments side by side).
 *
 * @param userEnvironment where AWS credentials are taken from
 * @param initLimitMillis how long a bootstrap may take to ask for its first event, before the
 *     function's Timeout starts to count
 */
public record EnvironmentContext(
        ProcessLauncher launcher,
        LocalClock clock,
        MemoryGauge memoryGauge,
        SystemEnvironment userEnvironment,
        LogSink log,
        String region,
        long initLimitMillis,
        ScheduledExecutorService timers,
        ExecutorService stopThreads) {

    public EnvironmentContext {
        Objects.requireNonNull(launcher, "launcher");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(memoryGauge, "memoryGauge");
        Objects.requireNonNull(userEnvironment, "userEnvironment");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(timers, "timers");
        Objects.requireNonNull(stopThreads, "stopThreads");
    }
}
