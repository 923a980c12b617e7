package io.github.samnative.core.local;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The figures of Lambda's {@code REPORT} line for one invocation.
 *
 * @param initDurationMs present on a cold start: from starting the bootstrap to its first {@code /next}
 * @param status {@code timeout} or {@code error} when the environment failed, as Lambda adds it
 * @param errorType the invocation's error type, if it failed; shown after {@code Status: error}, e.g.
 *     {@code Runtime.ExitError}
 */
public record InvokeReport(
        String requestId,
        double durationMs,
        int memorySizeMb,
        long maxMemoryUsedMb,
        OptionalDouble initDurationMs,
        Optional<String> status,
        Optional<String> errorType) {

    public InvokeReport {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(initDurationMs, "initDurationMs");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(errorType, "errorType");
    }

    /** Custom runtimes are billed for the init phase too, rounded up to the millisecond. */
    public long billedDurationMs() {
        return (long) Math.ceil(durationMs + initDurationMs.orElse(0));
    }

    /** The line exactly as Lambda writes it to CloudWatch Logs (tab-separated). */
    public String line() {
        StringBuilder text = new StringBuilder("REPORT RequestId: ").append(requestId)
                .append("\tDuration: ").append(String.format(Locale.ROOT, "%.2f", durationMs)).append(" ms")
                .append("\tBilled Duration: ").append(billedDurationMs()).append(" ms")
                .append("\tMemory Size: ").append(memorySizeMb).append(" MB")
                .append("\tMax Memory Used: ").append(maxMemoryUsedMb).append(" MB");
        initDurationMs.ifPresent(init -> text.append("\tInit Duration: ")
                .append(String.format(Locale.ROOT, "%.2f", init)).append(" ms"));
        status.ifPresent(s -> text.append("\tStatus: ").append(s));
        if (status.filter("error"::equals).isPresent()) {
            errorType.ifPresent(type -> text.append("\tError Type: ").append(type));
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return line();
    }
}
