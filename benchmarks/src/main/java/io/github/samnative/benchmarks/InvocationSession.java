package io.github.samnative.benchmarks;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * What the Runtime API serves one child process, and what it observed: a fixed number of
 * events handed out one at a time, the instant the first {@code /next} arrived, and for each
 * measured invocation the time from its event leaving the server to its response arriving.
 *
 * <p>The server calls the {@code on*} methods from its single dispatcher thread, passing the
 * clock readings; results are read after {@link #finished()} or {@link #firstNext()} completes.
 */
public final class InvocationSession {

    private final int warmup;
    private final int total;
    private final long[] latencies;
    private final long[] turnarounds;
    private final CompletableFuture<Long> firstNext = new CompletableFuture<>();
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private final CompletableFuture<Void> measuring = new CompletableFuture<>();

    private boolean nextSeen;
    private long firstNextAt;
    private int issued;
    private volatile int completed;
    private String pendingRequestId;
    private long pendingSentAt;
    private long lastResponseAt;
    private long measureStart;
    private long measureEnd;

    /**
     * @param warmup   invocations served before measuring, so both runtimes are compiled and warm
     * @param measured invocations timed; after all of them, {@code /next} is left unanswered
     */
    public InvocationSession(int warmup, int measured) {
        if (warmup < 0 || measured < 0) {
            throw new IllegalArgumentException("invocation counts must not be negative: " + warmup + ", " + measured);
        }
        this.warmup = warmup;
        this.total = warmup + measured;
        this.latencies = new long[measured];
        this.turnarounds = new long[measured];
        if (total == 0) {
            finished.complete(null);
        }
    }

    /** A session that serves nothing: only the arrival of the first {@code /next} matters. */
    public static InvocationSession startUpOnly() {
        return new InvocationSession(0, 0);
    }

    /**
     * Completes with the clock reading at the arrival of the first {@code /next}, once the server
     * has answered or parked it.
     */
    public CompletableFuture<Long> firstNext() {
        return firstNext;
    }

    /** Completes when warm-up is over and the first measured event is about to be sent. */
    public CompletableFuture<Void> measuring() {
        return measuring;
    }

    /** Completes when every event was answered, or exceptionally when the runtime reported an error. */
    public CompletableFuture<Void> finished() {
        return finished;
    }

    /**
     * A {@code /next} arrived.
     *
     * @return the request id of the event to hand out now, or {@code null} when none is left
     */
    String onNext(long now) {
        if (!nextSeen) {
            nextSeen = true;
            firstNextAt = now;
        }
        if (issued == total || pendingRequestId != null || finished.isDone()) {
            return null;
        }
        if (issued == warmup) {
            measureStart = now;
            measuring.complete(null);
        }
        if (issued > warmup) {
            turnarounds[issued - warmup - 1] = now - lastResponseAt;
        }
        issued++;
        pendingRequestId = "bench-" + issued;
        return pendingRequestId;
    }

    /** The event for {@link #onNext}'s request id has been written and flushed. */
    void onEventSent(long now) {
        pendingSentAt = now;
        firstNext.complete(firstNextAt);
    }

    /** A {@code /next} that got no event is being held unanswered. */
    void onParked() {
        firstNext.complete(firstNextAt);
    }

    /** A {@code /response} for {@code requestId} arrived. */
    void onResponse(String requestId, long now) {
        if (!requestId.equals(pendingRequestId)) {
            onError("a response for " + requestId + " while " + pendingRequestId + " was pending");
            return;
        }
        pendingRequestId = null;
        lastResponseAt = now;
        completed++;
        if (completed > warmup) {
            latencies[completed - warmup - 1] = now - pendingSentAt;
        }
        if (completed == total) {
            measureEnd = now;
            finished.complete(null);
        }
    }

    /** The runtime reported an invocation or init error, or broke the protocol. */
    void onError(String description) {
        finished.completeExceptionally(new IllegalStateException(description));
    }

    /** Invocations completed so far, warm-up included. */
    public int completed() {
        return completed;
    }

    /**
     * Measured invocations per second: the measured count over the time from the {@code /next}
     * that fetched the first measured event to the last response, so every cycle counts whole.
     */
    public double invocationsPerSecond() {
        requireFinished();
        return latencies.length * 1e9 / (measureEnd - measureStart);
    }

    /** Per measured invocation: nanoseconds from the event leaving the server to its response arriving. */
    public Distribution latencies() {
        requireFinished();
        return Distribution.of(latencies);
    }

    /**
     * The other half of each measured cycle: nanoseconds from a response arriving to the next
     * {@code /next} arriving, which is the server's {@code 202} plus the runtime's own turnaround.
     * The last measured invocation has none, so there is one fewer than {@link #latencies()}.
     */
    public Distribution turnarounds() {
        requireFinished();
        if (turnarounds.length < 2) {
            throw new IllegalStateException("a turnaround needs at least two measured invocations");
        }
        return Distribution.of(Arrays.copyOf(turnarounds, turnarounds.length - 1));
    }

    private void requireFinished() {
        if (!finished.isDone() || finished.isCompletedExceptionally()) {
            throw new IllegalStateException("the session has not finished: " + completed + " of " + total + " invocations");
        }
        if (latencies.length == 0) {
            throw new IllegalStateException("the session measured no invocation");
        }
    }
}
