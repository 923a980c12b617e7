package io.github.samnative.core.local;

import io.github.samnative.core.local.environment.MemoryGauge;
import io.github.samnative.core.local.environment.ProcessLauncher;
import io.github.samnative.core.process.SystemEnvironment;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How local runs behave, and the seams they use. {@link #defaults()} is what the Mojos use; tests
 * replace single seams with the {@code with...} methods.
 *
 * @param region the region functions believe they run in; empty means {@code AWS_REGION}, then
 *     {@code AWS_DEFAULT_REGION} from the user's environment, then {@code us-east-1} (as SAM CLI)
 * @param maxEnvironmentsPerFunction how many execution environments of one function may run at once;
 *     further overlapping requests wait for a free one
 * @param initLimit how long a bootstrap may take to ask for its first event; Lambda allows 10 s, then
 *     retries the init within the function's Timeout, which is added to this limit
 */
public record LocalOptions(
        LogSink log,
        Optional<String> region,
        int maxEnvironmentsPerFunction,
        Duration initLimit,
        ProcessLauncher launcher,
        LocalClock clock,
        SystemEnvironment userEnvironment,
        MemoryGauge memoryGauge) {

    public static final Duration LAMBDA_INIT_LIMIT = Duration.ofSeconds(10);
    static final String DEFAULT_REGION = "us-east-1";

    public LocalOptions {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(initLimit, "initLimit");
        Objects.requireNonNull(launcher, "launcher");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(userEnvironment, "userEnvironment");
        Objects.requireNonNull(memoryGauge, "memoryGauge");
        if (maxEnvironmentsPerFunction < 1) {
            throw new IllegalArgumentException("maxEnvironmentsPerFunction must be at least 1");
        }
    }

    public static LocalOptions defaults() {
        return new LocalOptions(LogSink.discard(), Optional.empty(),
                defaultMaxEnvironments(Runtime.getRuntime().availableProcessors()),
                LAMBDA_INIT_LIMIT, ProcessLauncher.system(), LocalClock.system(), SystemEnvironment.system(),
                MemoryGauge.procfs());
    }

    /**
     * One per processor and one more (so a core has work while an environment waits on I/O), at
     * least 2 and at most 8. Each environment is a JVM of its own: more of them add JIT and
     * scheduling work rather than throughput (on 2 cores the sample's redirect served about 540
     * requests/s with 3 environments, 330 with 8; BENCHMARKS.md).
     */
    public static int defaultMaxEnvironments(int processors) {
        return Math.max(2, Math.min(8, processors + 1));
    }

    public String effectiveRegion() {
        return region.or(() -> userEnvironment.find("AWS_REGION"))
                .or(() -> userEnvironment.find("AWS_DEFAULT_REGION"))
                .orElse(DEFAULT_REGION);
    }

    public LocalOptions withLog(LogSink value) {
        return new LocalOptions(value, region, maxEnvironmentsPerFunction, initLimit,
                launcher, clock, userEnvironment, memoryGauge);
    }

    public LocalOptions withRegion(String value) {
        return new LocalOptions(log, Optional.of(value), maxEnvironmentsPerFunction, initLimit,
                launcher, clock, userEnvironment, memoryGauge);
    }

    public LocalOptions withMaxEnvironmentsPerFunction(int value) {
        return new LocalOptions(log, region, value, initLimit, launcher, clock, userEnvironment, memoryGauge);
    }

    public LocalOptions withInitLimit(Duration value) {
        return new LocalOptions(log, region, maxEnvironmentsPerFunction, value,
                launcher, clock, userEnvironment, memoryGauge);
    }

    public LocalOptions withLauncher(ProcessLauncher value) {
        return new LocalOptions(log, region, maxEnvironmentsPerFunction, initLimit,
                value, clock, userEnvironment, memoryGauge);
    }

    public LocalOptions withClock(LocalClock value) {
        return new LocalOptions(log, region, maxEnvironmentsPerFunction, initLimit,
                launcher, value, userEnvironment, memoryGauge);
    }

    public LocalOptions withUserEnvironment(SystemEnvironment value) {
        return new LocalOptions(log, region, maxEnvironmentsPerFunction, initLimit,
                launcher, clock, value, memoryGauge);
    }

    public LocalOptions withMemoryGauge(MemoryGauge value) {
        return new LocalOptions(log, region, maxEnvironmentsPerFunction, initLimit,
                launcher, clock, userEnvironment, value);
    }
}
