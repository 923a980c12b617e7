package io.github.samnative.core.local.runtimeapi;

import io.github.samnative.core.local.LocalClock;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The state one execution environment's Runtime API serves: at most one invocation queued for the
 * runtime, and the one it is working on. The HTTP layer ({@link RuntimeApiServer}) turns requests into
 * calls here; the environment submits events and hears, through the {@link Listener}, when the runtime
 * finished initialising, when it is free again, and when it took an event.
 */
public final class InvocationChannel {

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
    private final Condition changed = lock.newCondition();

    private PendingInvocation queued;
    private PendingInvocation current;
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
     * Queues an event for the runtime's next {@code /next}. The environment submits only while the
     * runtime is free (or before it started), so nothing is ever queued twice.
     */
    public void submit(PendingInvocation invocation) {
        lock.lock();
        try {
            if (endKind == null) {
                if (queued != null) {
                    throw new IllegalStateException("an invocation is already queued: " + queued.requestId());
                }
                queued = invocation;
                changed.signalAll();
                return;
            }
        } finally {
            lock.unlock();
        }
        fail(invocation, clock.nanoTime());
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
     * Blocks until there is an event for the runtime.
     *
     * @return the event, or {@code null} once the channel is closed
     */
    PendingInvocation awaitNext() throws InterruptedException {
        boolean first;
        lock.lock();
        try {
            first = !initialized;
            initialized = true;
        } finally {
            lock.unlock();
        }
        if (first) {
            listener.initialized();
        }
        boolean announcedIdle = false;
        PendingInvocation next;
        while (true) {
            lock.lock();
            try {
                if (endKind != null) {
                    return null;
                }
                if (queued != null) {
                    next = queued;
                    queued = null;
                    current = next;
                    next.markDelivered(clock.nanoTime(), clock.epochMillis());
                    break;
                }
                boolean free = current == null || current.isDone();
                if (!free || announcedIdle) {
                    // A runtime asking for more while its event is unanswered gets it only when
                    // that one ends (answered elsewhere, timed out); then it is free.
                    changed.await();
                    continue;
                }
            } finally {
                lock.unlock();
            }
            announcedIdle = true;
            listener.idle();
        }
        listener.delivered(next);
        return next;
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
                changed.signalAll();
            }
            return PostResult.TOO_LARGE;
        } finally {
            lock.unlock();
        }
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
        lock.lock();
        try {
            PendingInvocation target = current;
            if (target == null || !target.requestId().equals(requestId)) {
                return PostResult.UNKNOWN_REQUEST_ID;
            }
            if (target.complete(outcome, clock.nanoTime())) {
                changed.signalAll();
                return PostResult.ACCEPTED;
            }
            // After a 413, runtimes report the oversized response as an error: Lambda accepts that.
            return target.isResponseTooLarge() ? PostResult.ACCEPTED : PostResult.INVALID_STATE;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The bootstrap process ended: whatever it had queued or in hand fails with Lambda's
     * {@code Runtime.ExitError}.
     */
    public void processExited(String reason) {
        end(InvocationOutcome.Kind.EXIT, "Runtime.ExitError", reason);
    }

    /** Stops serving: a blocked {@code /next} returns, and anything unfinished fails as stopped. */
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
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        long now = clock.nanoTime();
        for (PendingInvocation invocation : new PendingInvocation[] {waiting, running}) {
            if (invocation != null) {
                fail(invocation, now);
            }
        }
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
