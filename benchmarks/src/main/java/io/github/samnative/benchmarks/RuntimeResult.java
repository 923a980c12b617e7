package io.github.samnative.benchmarks;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * What was measured for one runtime; the optional figures come from {@code /proc} and are
 * missing where it is not.
 *
 * @param startUp               nanoseconds from {@code ProcessBuilder.start()} to its first {@code /next}, per launch
 * @param startUpCpu            CPU nanoseconds (all threads) used by then, per launch
 * @param invocationsPerSecond  over the measured invocations
 * @param latency               nanoseconds per measured invocation, event sent to response received
 * @param cpuNanosPerInvocation the child's CPU time over the measured invocations, per invocation
 * @param peakRssKilobytes      {@code VmHWM} at the end of the throughput run
 */
public record RuntimeResult(String name, Distribution startUp, Optional<Distribution> startUpCpu,
                            double invocationsPerSecond, Distribution latency, OptionalDouble cpuNanosPerInvocation,
                            OptionalLong peakRssKilobytes) {
}
