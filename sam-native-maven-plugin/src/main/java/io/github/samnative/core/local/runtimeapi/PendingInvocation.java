package io.github.samnative.core.local.runtimeapi;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * One event on its way through an execution environment: queued, handed to the runtime by
 * {@code /next}, then completed once (by the runtime's answer, a timeout, the process's end, or a stop).
 */
public final class PendingInvocation {

    /** What Lambda sends in the client-context and Cognito headers when the caller gave none. */
    static final String EMPTY_JSON = "{}";

    private final String requestId;
    private final byte[] event;
    private final long timeoutMillis;
    private final String functionArn;
    private final String traceId;
    private final CompletableFuture<InvocationOutcome> outcome = new CompletableFuture<>();

    private long deliveredNanos = -1;
    private long deadlineEpochMillis;
    private long completedNanos = -1;
    private boolean responseTooLarge;

    public PendingInvocation(String requestId, byte[] event, long timeoutMillis, String functionArn, String traceId) {
        this.requestId = Objects.requireNonNull(requestId, "requestId");
        this.event = Objects.requireNonNull(event, "event");
        this.timeoutMillis = timeoutMillis;
        this.functionArn = Objects.requireNonNull(functionArn, "functionArn");
        this.traceId = Objects.requireNonNull(traceId, "traceId");
    }

    public String requestId() {
        return requestId;
    }

    byte[] event() {
        return event;
    }

    public long timeoutMillis() {
        return timeoutMillis;
    }

    String functionArn() {
        return functionArn;
    }

    String traceId() {
        return traceId;
    }

    public CompletableFuture<InvocationOutcome> outcome() {
        return outcome;
    }

    public boolean isDone() {
        return outcome.isDone();
    }

    synchronized void markDelivered(long nanos, long epochMillis) {
        deliveredNanos = nanos;
        deadlineEpochMillis = epochMillis + timeoutMillis;
    }

    public synchronized boolean isDelivered() {
        return deliveredNanos >= 0;
    }

    /** When {@code /next} handed it out, on the monotonic clock; -1 if it never was. */
    public synchronized long deliveredNanos() {
        return deliveredNanos;
    }

    synchronized long deadlineEpochMillis() {
        return deadlineEpochMillis;
    }

    /** When it was completed, on the monotonic clock; -1 while it runs. */
    public synchronized long completedNanos() {
        return completedNanos;
    }

    synchronized boolean isResponseTooLarge() {
        return responseTooLarge;
    }

    synchronized void markResponseTooLarge() {
        responseTooLarge = true;
    }

    /**
     * Completes the invocation unless something else already did.
     *
     * @return whether this call decided the outcome
     */
    public synchronized boolean complete(InvocationOutcome result, long nanos) {
        if (outcome.isDone()) {
            return false;
        }
        completedNanos = nanos;
        return outcome.complete(result);
    }
}
