package io.github.samnative.core.local.runtimeapi;

import io.github.samnative.core.local.LocalClock;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The state one execution environment's Runtime API serves: at most one invocation queued for the
 * runtime, and the one it is working on. The HTTP layer ({@link RuntimeApiServer}) turns requests into
 * calls here; the environment submits events and hears, through the {@link Listener}, when the runtime
 * finished initialising, when it is free again, and when it took an event.
 *
 * <p>A {@code /next} does not hold a thread while it waits: it leaves a {@link NextWaiter}, and whoever
 * makes the event available (the caller of {@link #submit}) hands it over on its own thread. Parking a
 * thread per waiting runtime and waking it for every event cost more CPU than the rest of the
 * emulator's share of an invocation.
 */
public final class InvocationChannel {

    /** A runtime's pending {@code /next}. Called without locks held, at most once. */
    interface NextWaiter {
        /** The event for the runtime: answer the {@code /next} with it. */
        void deliver(PendingInvocation invocation);

        /** No event will come (the environment is going away): end the request without an answer. */
        void closed();
    }

    /** Events of the runtime's life that the owning environment acts on. Called without locks held. */
    public interface Listener {
        /** The first {@code /next}: the init phase is over. */
        void initialized();

        /** The runtime waits on {@code /next} with nothing queued: the environment can take an event. */
        void idle();

        /** {@code /next} handed out an event; its deadline runs from now. */
        void delivered(PendingInvocation invocation);
    }

    private final LocalClock clock;
    private final Listener listener;
    private final ReentrantLock lock = new ReentrantLock();

    private PendingInvocation queued;
    private PendingInvocation current;
    /** Pending {@code /next} requests, oldest first; a runtime that keeps to the loop has at most one. */
    private final ArrayDeque<NextWaiter> waiters = new ArrayDeque<>();
    /** Whether the environment heard that the runtime is idle since it last took an event. */
    private boolean announcedIdle;
    private boolean initialized;
    private boolean initFailed;
    /** Once closed: how an invocation submitted afterwards fails. */
    private InvocationOutcome.Kind endKind;
    private String endErrorType;
    private String endReason;

    public InvocationChannel(LocalClock clock, Listener listener) {
        this.clock = clock;
        this.listener = listener;
    }

    /**
     * Queues an event for the runtime's next {@code /next}, and hands it over at once, on this
     * thread, to a {@code /next} that waits. The environment submits only while the runtime is free
     * (or before it started), so nothing is ever queued twice.
     */
    public void submit(PendingInvocation invocation) {
        boolean ended;
        lock.lock();
        try {
            ended = endKind != null;
            if (!ended) {
                if (queued != null) {
                    throw new IllegalStateException("an invocation is already queued: " + queued.requestId());
                }
                queued = invocation;
            }
        } finally {
            lock.unlock();
        }
        if (ended) {
            fail(invocation, clock.nanoTime());
        } else {
            dispatch();
        }
    }

    /** Whether the runtime reported {@code /init/error}: it is expected to exit now. */
    public boolean initFailed() {
        lock.lock();
        try {
            return initFailed;
        } finally {
            lock.unlock();
        }
    }

    /**
     * A {@code /next} arrived: the waiter gets the queued event now, or the next one submitted. A
     * runtime asking for more while its event is unanswered gets one only when that one ends (answered
     * elsewhere, timed out). Several waiting requests are answered oldest first.
     */
    void next(NextWaiter waiter) {
        boolean first;
        lock.lock();
        try {
            first = !initialized;
            initialized = true;
            waiters.add(waiter);
        } finally {
            lock.unlock();
        }
        if (first) {
            listener.initialized();
        }
        dispatch();
    }

    /**
     * Moves things on after any change: a waiting {@code /next} gets the queued event, or learns that
     * the channel closed; a runtime that waits with nothing to do is announced idle, once until it
     * takes an event. The callbacks run after the lock is released: they write to sockets, and
     * {@code idle} may submit the next event right away, on this thread.
     */
    private void dispatch() {
        NextWaiter target = null;
        List<NextWaiter> closing = List.of();
        PendingInvocation event = null;
        boolean idle = false;
        lock.lock();
        try {
            if (waiters.isEmpty()) {
                return;
            }
            if (endKind != null) {
                closing = List.copyOf(waiters);
                waiters.clear();
            } else if (queued != null) {
                target = waiters.poll();
                event = queued;
                queued = null;
                current = event;
                announcedIdle = false;
                event.markDelivered(clock.nanoTime(), clock.epochMillis());
            } else if ((current == null || current.isDone()) && !announcedIdle) {
                announcedIdle = true;
                idle = true;
            }
        } finally {
            lock.unlock();
        }
        closing.forEach(NextWaiter::closed);
        if (event != null) {
            listener.delivered(event);
            target.deliver(event);
        } else if (idle) {
            listener.idle();
        }
    }

    PostResult respond(String requestId, byte[] body) {
        return answer(requestId, InvocationOutcome.response(body));
    }

    PostResult reportError(String requestId, String errorTypeHeader, byte[] body) {
        return answer(requestId, InvocationOutcome.reported(InvocationOutcome.Kind.FUNCTION_ERROR, errorTypeHeader, body));
    }

    /** The runtime posted a response over the limit: the invocation fails as on Lambda, and the runtime gets 413. */
    PostResult responseTooLarge(String requestId) {
        lock.lock();
        try {
            PendingInvocation target = current;
            if (target == null || !target.requestId().equals(requestId)) {
                return PostResult.UNKNOWN_REQUEST_ID;
            }
            if (target.complete(InvocationOutcome.lambdaError(InvocationOutcome.Kind.FUNCTION_ERROR,
                    "Function.ResponseSizeTooLarge", LambdaLimits.responseTooLargeMessage()), clock.nanoTime())) {
                target.markResponseTooLarge();
            }
        } finally {
            lock.unlock();
        }
        dispatch();
        return PostResult.TOO_LARGE;
    }

    /** Before the first {@code /next}: fails the queued event with the runtime's report. */
    PostResult reportInitError(String errorTypeHeader, byte[] body) {
        lock.lock();
        try {
            if (initialized) {
                return PostResult.INVALID_STATE;
            }
            initFailed = true;
            PendingInvocation target = queued;
            queued = null;
            if (target != null) {
                target.complete(InvocationOutcome.reported(InvocationOutcome.Kind.INIT_ERROR, errorTypeHeader, body),
                        clock.nanoTime());
            }
            return PostResult.ACCEPTED;
        } finally {
            lock.unlock();
        }
    }

    private PostResult answer(String requestId, InvocationOutcome outcome) {
        PostResult result;
        lock.lock();
        try {
            PendingInvocation target = current;
            if (target == null || !target.requestId().equals(requestId)) {
                return PostResult.UNKNOWN_REQUEST_ID;
            }
            if (target.complete(outcome, clock.nanoTime())) {
                result = PostResult.ACCEPTED;
            } else {
                // After a 413, runtimes report the oversized response as an error: Lambda accepts that.
                return target.isResponseTooLarge() ? PostResult.ACCEPTED : PostResult.INVALID_STATE;
            }
        } finally {
            lock.unlock();
        }
        dispatch();
        return result;
    }

    /**
     * The bootstrap process ended: whatever it had queued or in hand fails with Lambda's
     * {@code Runtime.ExitError}.
     */
    public void processExited(String reason) {
        end(InvocationOutcome.Kind.EXIT, "Runtime.ExitError", reason);
    }

    /** Stops serving: a waiting {@code /next} ends without an answer, and anything unfinished fails as stopped. */
    public void close() {
        end(InvocationOutcome.Kind.STOPPED, "Runtime.Stopped", "the execution environment was stopped");
    }

    private void end(InvocationOutcome.Kind kind, String errorType, String reason) {
        PendingInvocation waiting;
        PendingInvocation running;
        lock.lock();
        try {
            if (endKind == null) {
                endKind = kind;
                endErrorType = errorType;
                endReason = reason;
            }
            waiting = queued;
            queued = null;
            running = current;
        } finally {
            lock.unlock();
        }
        long now = clock.nanoTime();
        for (PendingInvocation invocation : new PendingInvocation[] {waiting, running}) {
            if (invocation != null) {
                fail(invocation, now);
            }
        }
        dispatch();
    }

    private void fail(PendingInvocation invocation, long now) {
        InvocationOutcome.Kind kind;
        String errorType;
        String reason;
        lock.lock();
        try {
            kind = endKind;
            errorType = endErrorType;
            reason = endReason;
        } finally {
            lock.unlock();
        }
        invocation.complete(InvocationOutcome.lambdaError(kind, errorType,
                "RequestId: " + invocation.requestId() + " Error: " + reason), now);
    }
}
