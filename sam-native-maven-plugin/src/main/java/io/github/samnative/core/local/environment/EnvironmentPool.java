package io.github.samnative.core.local.environment;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.local.InvokeResult;
import io.github.samnative.core.local.LocalFunction;
import io.github.samnative.core.local.runtimeapi.PendingInvocation;
import io.github.samnative.core.local.runtimeapi.TraceHeaders;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The execution environments of one function, as Lambda keeps them: an invocation goes to a warm,
 * free environment if there is one, else a new one is started (a cold start), so overlapping
 * requests run side by side. Environments that die, fail their init or time out are dropped and
 * replaced on demand. Up to {@code maxEnvironments} run at once; further requests wait for one to
 * become free (where Lambda would throttle at its concurrency limit).
 */
public final class EnvironmentPool implements ExecutionEnvironment.Owner, AutoCloseable {

    private static final long RETURNING_GRACE_NANOS = 100_000_000;

    /** The account id SAM CLI uses locally. */
    static final String ACCOUNT_ID = "123456789012";

    private final LocalFunction function;
    private final EnvironmentContext context;
    private final int maxEnvironments;
    private final String functionArn;

    // Guarded by this.
    private final Deque<ExecutionEnvironment> free = new ArrayDeque<>();
    private final Set<ExecutionEnvironment> all = new LinkedHashSet<>();
    private int live;
    private int started;
    private boolean closed;

    public EnvironmentPool(LocalFunction function, EnvironmentContext context, int maxEnvironments) {
        if (maxEnvironments < 1) {
            throw new IllegalArgumentException("maxEnvironments must be at least 1: " + maxEnvironments);
        }
        this.function = function;
        this.context = context;
        this.maxEnvironments = maxEnvironments;
        this.functionArn = "arn:aws:lambda:" + context.region() + ":" + ACCOUNT_ID + ":function:" + function.logicalId();
    }

    public LocalFunction function() {
        return function;
    }

    /** Runs one invocation in a free or new environment and waits for its end. */
    public InvokeResult invoke(byte[] event) throws SamNativeException {
        ExecutionEnvironment environment = acquire();
        String requestId = UUID.randomUUID().toString();
        PendingInvocation invocation = new PendingInvocation(requestId, event, function.timeoutSeconds() * 1000L,
                functionArn, TraceHeaders.newTraceHeader(context.clock().epochMillis()));
        return environment.run(invocation);
    }

    /** How many environments (bootstrap processes) this pool has started so far. */
    public synchronized int environmentsStarted() {
        return started;
    }

    /** How many environments are waiting for their next event right now. */
    public synchronized int environmentsIdle() {
        return free.size();
    }

    private ExecutionEnvironment acquire() throws SamNativeException {
        synchronized (this) {
            long returningDeadline = 0;
            while (true) {
                if (closed) {
                    throw stopped();
                }
                for (ExecutionEnvironment candidate = free.pollLast(); candidate != null; candidate = free.pollLast()) {
                    if (candidate.tryReserve()) {
                        return candidate;
                    }
                }
                long waitMillis = 0;
                if (all.stream().anyMatch(ExecutionEnvironment::isReturning)) {
                    // One has just answered and is about to ask for the next event: waiting a moment for it
                    // beats a cold start, and keeps back-to-back calls on one warm environment.
                    long now = System.nanoTime();
                    returningDeadline = returningDeadline == 0 ? now + RETURNING_GRACE_NANOS : returningDeadline;
                    waitMillis = Math.max(0, (returningDeadline - now) / 1_000_000);
                }
                if (waitMillis == 0 && live < maxEnvironments) {
                    live++;
                    started++;
                    break;
                }
                try {
                    wait(waitMillis);
                } catch (InterruptedException e) {
                    // A wake-up meant for this thread must not be lost with it.
                    notify();
                    Thread.currentThread().interrupt();
                    throw new SamNativeException("Interrupted while waiting for a free execution environment of "
                            + function.logicalId() + ".");
                }
            }
        }
        return launch(false);
    }

    /**
     * Starts one environment before any request needs it (unless the pool is at its limit); it joins
     * the free ones once its init is done.
     */
    public void startAhead() throws SamNativeException {
        synchronized (this) {
            if (closed || live >= maxEnvironments) {
                return;
            }
            live++;
            started++;
        }
        launch(true);
    }

    /**
     * Whether an environment is free, waiting up to the deadline while one is still starting; false
     * at once when none is left running (its init failed, or it was stopped).
     */
    public synchronized boolean awaitFree(long deadlineNanos) throws InterruptedException {
        while (free.isEmpty() && live > 0 && !closed) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            // Bounded: offer() wakes a single waiter, which may be a request rather than this one.
            wait(Math.max(1, Math.min(left / 1_000_000, 50)));
        }
        return !free.isEmpty();
    }

    /** Starts an environment for a slot already counted in {@code live}. */
    private ExecutionEnvironment launch(boolean ahead) throws SamNativeException {
        ExecutionEnvironment environment;
        try {
            environment = ahead ? ExecutionEnvironment.startAhead(function, context, this)
                    : ExecutionEnvironment.start(function, context, this);
        } catch (SamNativeException | RuntimeException e) {
            synchronized (this) {
                live--;
                notifyAll();
            }
            throw e;
        }
        boolean stillOpen;
        synchronized (this) {
            stillOpen = !closed;
            all.add(environment);
        }
        if (!stillOpen) {
            environment.retire();
            throw stopped();
        }
        return environment;
    }

    private SamNativeException stopped() {
        return new SamNativeException("Local runs of " + function.logicalId() + " were stopped.");
    }

    @Override
    public synchronized void offer(ExecutionEnvironment environment) {
        if (!closed && !environment.isRetired() && !free.contains(environment)) {
            free.addLast(environment);
            // One environment for one waiter: waking them all (16 clients, 8 environments) costs more CPU
            // than the request itself. A waiter that loses it to a newcomer simply waits again.
            notify();
        }
    }

    @Override
    public synchronized void retired(ExecutionEnvironment environment) {
        free.remove(environment);
        live--;
        notifyAll();
    }

    @Override
    public synchronized void ended(ExecutionEnvironment environment) {
        all.remove(environment);
    }

    /** Stops every environment and its process tree; returns when they are gone. */
    @Override
    public void close() {
        List<ExecutionEnvironment> running;
        synchronized (this) {
            closed = true;
            running = new ArrayList<>(all);
            notifyAll();
        }
        CompletableFuture.allOf(running.stream()
                .map(environment -> CompletableFuture.runAsync(environment::stop, context.stopThreads()))
                .toArray(CompletableFuture[]::new)).join();
    }
}
