package io.github.samnative.core.local.environment;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.build.HostArchitecture;
import io.github.samnative.core.local.InvokeReport;
import io.github.samnative.core.local.InvokeResult;
import io.github.samnative.core.local.LocalFunction;
import io.github.samnative.core.local.runtimeapi.InvocationChannel;
import io.github.samnative.core.local.runtimeapi.InvocationOutcome;
import io.github.samnative.core.local.runtimeapi.PendingInvocation;
import io.github.samnative.core.local.runtimeapi.RuntimeApiServer;
import io.github.samnative.core.template.Architecture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One Lambda execution environment: a bootstrap child process with its own Runtime API. It takes one
 * invocation at a time; it is free again when the runtime asks for the next event. It ends (and is
 * replaced by its pool on demand) when its process dies, its init fails, or an invocation times out,
 * in which case its whole process tree is killed, as Lambda resets a timed-out environment.
 */
final class ExecutionEnvironment implements InvocationChannel.Listener {

    /** What the owning pool hears; never called with this environment's lock held. */
    interface Owner {
        /** The environment can take an invocation. */
        void offer(ExecutionEnvironment environment);

        /** The environment will take no more invocations. */
        void retired(ExecutionEnvironment environment);

        /** The environment's processes are gone and its Runtime API is closed. */
        void ended(ExecutionEnvironment environment);
    }

    private static final long KILL_WAIT_MILLIS = 5_000;
    /** How long the function's last log lines may take to arrive before END and REPORT are written. */
    private static final long LOG_SETTLE_MILLIS = 200;
    private static final DateTimeFormatter LOG_STREAM_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalFunction function;
    private final EnvironmentContext context;
    private final Owner owner;
    private final String logPrefix;
    private final InvocationChannel channel;
    private final long startedNanos;
    private final AtomicBoolean retired = new AtomicBoolean();
    private final CompletableFuture<Void> ended = new CompletableFuture<>();

    private RuntimeApiServer api;
    private Process process;
    private LogPump stdout;
    private LogPump stderr;

    private volatile long initDurationNanos = -1;
    /** Started before any request asked for it: its init is reported on its own, and its first invocation is warm. */
    private final boolean ahead;
    private volatile long peakMemoryMb;

    // Guarded by this.
    private int invocations;
    private boolean reserved;
    private boolean runtimeWaiting;
    private ScheduledFuture<?> watchdog;

    private ExecutionEnvironment(LocalFunction function, EnvironmentContext context, Owner owner, boolean ahead) {
        this.function = function;
        this.ahead = ahead;
        this.reserved = !ahead;
        this.context = context;
        this.owner = owner;
        this.logPrefix = "[" + function.logicalId() + "] ";
        this.channel = new InvocationChannel(context.clock(), this);
        this.startedNanos = context.clock().nanoTime();
    }

    /**
     * Starts the bootstrap (the cold start). The new environment is reserved for its caller, who runs
     * the first invocation on it.
     */
    static ExecutionEnvironment start(LocalFunction function, EnvironmentContext context, Owner owner)
            throws SamNativeException {
        return start(function, context, owner, false);
    }

    /**
     * Starts the bootstrap before any request needs it, as {@code sam local start-api --warm-containers
     * EAGER} does: it is offered to its pool once its runtime asks for the first event, and retired
     * if it does not within the init limit.
     */
    static ExecutionEnvironment startAhead(LocalFunction function, EnvironmentContext context, Owner owner)
            throws SamNativeException {
        return start(function, context, owner, true);
    }

    private static ExecutionEnvironment start(LocalFunction function, EnvironmentContext context, Owner owner,
            boolean ahead) throws SamNativeException {
        checkBootstrap(function);
        ExecutionEnvironment environment = new ExecutionEnvironment(function, context, owner, ahead);
        try {
            environment.api = RuntimeApiServer.start(environment.channel);
        } catch (IOException e) {
            throw new SamNativeException("Cannot open a Runtime API on 127.0.0.1 for " + function.logicalId() + ": "
                    + e.getMessage() + "\n  Fix: check that local TCP connections are allowed.", e);
        }
        Map<String, String> variables = LambdaVariables.of(function, environment.api.address(), context.region(),
                context.userEnvironment(), logStreamName(context.clock().epochMillis()));
        if (ahead) {
            synchronized (environment) {
                environment.watchdog = context.timers().schedule(environment::initTimedOut, context.initLimitMillis(),
                        TimeUnit.MILLISECONDS);
            }
        }
        try {
            environment.process = context.launcher().launch(function.bootstrap(), function.artifactDirectory(), variables);
        } catch (IOException e) {
            environment.cancelWatchdog();
            environment.api.close();
            throw new SamNativeException(cannotStart(function, e), e);
        }
        String threadName = "sam-native-" + function.logicalId() + "-" + environment.process.pid();
        environment.stdout = LogPump.start(environment.process.getInputStream(), environment.logPrefix, context.log(),
                threadName + "-stdout");
        environment.stderr = LogPump.start(environment.process.getErrorStream(), environment.logPrefix, context.log(),
                threadName + "-stderr");
        environment.process.onExit().thenRun(environment::processExited);
        return environment;
    }

    /** Runs one invocation to its end. */
    InvokeResult run(PendingInvocation invocation) {
        boolean cold;
        synchronized (this) {
            cold = invocations++ == 0 && !ahead;
            if (cold) {
                watchdog = timeOutAfter(context.initLimitMillis() + invocation.timeoutMillis(), invocation);
            }
        }
        channel.submit(invocation);
        InvocationOutcome outcome = await(invocation);
        cancelWatchdog();
        if (process.isAlive()) {
            measureMemory();
        }
        if (!outcome.kind().keepsEnvironment()) {
            // Whoever ended it (timer, exit watcher), the caller learns of the failure once it is torn down.
            stop();
        }
        InvokeResult result = result(invocation, outcome, cold);
        stdout.awaitQuiet(LOG_SETTLE_MILLIS);
        stderr.awaitQuiet(LOG_SETTLE_MILLIS);
        if (outcome.kind() == InvocationOutcome.Kind.TIMEOUT || outcome.kind() == InvocationOutcome.Kind.EXIT) {
            context.log().line(logPrefix + errorMessage(outcome) + " " + outcome.errorType().orElse(""));
        }
        context.log().line(logPrefix + "END RequestId: " + invocation.requestId());
        context.log().line(logPrefix + result.report().line());
        release();
        return result;
    }

    private InvocationOutcome await(PendingInvocation invocation) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return invocation.outcome().get();
                } catch (InterruptedException e) {
                    interrupted = true;
                    invocation.complete(InvocationOutcome.lambdaError(InvocationOutcome.Kind.STOPPED, "Runtime.Stopped",
                            "RequestId: " + invocation.requestId() + " Error: the invocation was interrupted"),
                            context.clock().nanoTime());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("invocations are never completed exceptionally", e);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private InvokeResult result(PendingInvocation invocation, InvocationOutcome outcome, boolean cold) {
        long completed = invocation.completedNanos();
        long delivered = invocation.deliveredNanos();
        double durationMs = delivered >= 0 ? (completed - delivered) / 1e6 : 0;
        OptionalDouble initMs = OptionalDouble.empty();
        if (cold) {
            long init = initDurationNanos >= 0 ? initDurationNanos : completed - startedNanos;
            initMs = OptionalDouble.of(init / 1e6);
        }
        Optional<String> status = switch (outcome.kind()) {
            case TIMEOUT -> Optional.of("timeout");
            case INIT_ERROR, EXIT, STOPPED -> Optional.of("error");
            default -> Optional.empty();
        };
        InvokeReport report = new InvokeReport(invocation.requestId(), durationMs, function.memorySizeMb(),
                peakMemoryMb, initMs, status, outcome.errorType());
        return new InvokeResult(function.logicalId(), outcome.payload(), outcome.errorType(),
                outcome.kind() == InvocationOutcome.Kind.INIT_ERROR, report);
    }

    @Override
    public void initialized() {
        initDurationNanos = context.clock().nanoTime() - startedNanos;
        if (ahead) {
            cancelWatchdog();
            // Lambda's line for an init that no invocation's REPORT carries (provisioned environments).
            context.log().line(String.format(Locale.ROOT, "%sINIT_REPORT Init Duration: %.2f ms\tPhase: init\tStatus: success",
                    logPrefix, initDurationNanos / 1e6));
        }
    }

    private synchronized void cancelWatchdog() {
        if (watchdog != null) {
            watchdog.cancel(false);
            watchdog = null;
        }
    }

    private void initTimedOut() {
        if (initDurationNanos >= 0 || retired.get()) {
            return;
        }
        context.log().warning(String.format(Locale.ROOT, "%ssam-native: the environment started ahead of requests did not"
                + " ask for an event within the init limit of %.1f s; it is stopped, and the first request starts a new"
                + " one. Fix: make the init faster (on Lambda, too, init has 10 s).", logPrefix,
                context.initLimitMillis() / 1000.0));
        retire();
    }

    @Override
    public void idle() {
        boolean offer;
        synchronized (this) {
            runtimeWaiting = true;
            offer = !reserved && !retired.get();
        }
        if (offer) {
            owner.offer(this);
        }
    }

    @Override
    public void delivered(PendingInvocation invocation) {
        synchronized (this) {
            runtimeWaiting = false;
            if (watchdog != null) {
                watchdog.cancel(false);
            }
            watchdog = timeOutAfter(invocation.timeoutMillis(), invocation);
        }
        context.log().line(logPrefix + "START RequestId: " + invocation.requestId() + " Version: $LATEST");
    }

    /** Takes this environment for an invocation if it is free; called by the pool. */
    synchronized boolean tryReserve() {
        if (reserved || retired.get() || !runtimeWaiting) {
            return false;
        }
        reserved = true;
        return true;
    }

    boolean isRetired() {
        return retired.get();
    }

    /** Done with its last invocation, and its runtime has not yet asked for the next one. */
    synchronized boolean isReturning() {
        return !reserved && !runtimeWaiting && !retired.get();
    }

    private void release() {
        boolean offer;
        synchronized (this) {
            reserved = false;
            offer = runtimeWaiting && !retired.get();
        }
        if (offer) {
            owner.offer(this);
        }
    }

    private ScheduledFuture<?> timeOutAfter(long millis, PendingInvocation invocation) {
        return context.timers().schedule(() -> timedOut(invocation), millis, TimeUnit.MILLISECONDS);
    }

    private void timedOut(PendingInvocation invocation) {
        if (invocation.isDone()) {
            return;
        }
        measureMemory();
        if (!invocation.isDelivered()) {
            context.log().warning(String.format(Locale.ROOT, "%ssam-native: the bootstrap did not ask for an event within"
                    + " %.1f s of starting: init may take %.1f s, then the function's Timeout. Fix: make the init faster"
                    + " (on Lambda, too, a slow init eats into the Timeout).", logPrefix,
                    (context.initLimitMillis() + invocation.timeoutMillis()) / 1000.0, context.initLimitMillis() / 1000.0));
        }
        String message = String.format(Locale.ROOT, "RequestId: %s Error: Task timed out after %.2f seconds",
                invocation.requestId(), function.timeoutSeconds() * 1.0);
        if (invocation.complete(InvocationOutcome.lambdaError(InvocationOutcome.Kind.TIMEOUT, "Sandbox.Timedout", message),
                context.clock().nanoTime())) {
            retire();
        }
    }

    private void processExited() {
        boolean expected = retired.get() || channel.initFailed();
        String reason = exitReason(process.exitValue());
        channel.processExited(reason);
        if (ahead && channel.initFailed()) {
            context.log().warning(logPrefix + "sam-native: the environment started ahead of requests failed its init"
                    + " (its output is above); the first request starts a new one and gets the error.");
        } else if (!expected) {
            context.log().warning(logPrefix + "sam-native: the bootstrap (pid " + process.pid() + ") ended: " + reason
                    + "; the next invocation starts a new execution environment.");
        }
        retire();
    }

    /** Ends the environment for good: no more invocations, process tree killed, Runtime API closed. */
    void retire() {
        if (!retired.compareAndSet(false, true)) {
            return;
        }
        cancelWatchdog();
        try {
            owner.retired(this);
            ProcessTree.kill(process, KILL_WAIT_MILLIS);
            api.close();
        } finally {
            context.memoryGauge().forget(process.toHandle());
            ended.complete(null);
            owner.ended(this);
        }
    }

    /** Retires the environment and waits until that is done, whichever thread does it. */
    void stop() {
        retire();
        ended.join();
    }

    private void measureMemory() {
        long now = context.memoryGauge().peakMegabytes(process.toHandle());
        if (now > peakMemoryMb) {
            peakMemoryMb = now;
        }
    }

    /** Lambda's wording for a runtime that ended. */
    static String exitReason(int status) {
        if (status == 0) {
            return "Runtime exited without providing a reason";
        }
        if (status > 128 && status < 160) {
            return "Runtime exited with error: signal: " + signalName(status - 128);
        }
        return "Runtime exited with error: exit status " + status;
    }

    private static String signalName(int signal) {
        switch (signal) {
            case 6:
                return "aborted";
            case 9:
                return "killed";
            case 11:
                return "segmentation fault";
            case 15:
                return "terminated";
            default:
                return "signal " + signal;
        }
    }

    private static String errorMessage(InvocationOutcome outcome) {
        try {
            return JSON.readTree(outcome.payload()).path("errorMessage").asText();
        } catch (IOException e) {
            return "";
        }
    }

    private static String logStreamName(long epochMillis) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return LOG_STREAM_DATE.format(Instant.ofEpochMilli(epochMillis)) + "/[$LATEST]"
                + String.format(Locale.ROOT, "%016x%016x", random.nextLong(), random.nextLong());
    }

    private static void checkBootstrap(LocalFunction function) throws SamNativeException {
        Path directory = function.artifactDirectory();
        Path bootstrap = function.bootstrap();
        String build = "build it first: `sam build` (or `mvn package` with sam-native).";
        if (!Files.isDirectory(directory)) {
            throw new SamNativeException(function.logicalId() + " (" + function.location().describeShort()
                    + ") has not been built: " + directory + " does not exist.\n  Fix: " + build);
        }
        if (!Files.isRegularFile(bootstrap)) {
            throw new SamNativeException(function.logicalId() + " (" + function.location().describeShort()
                    + ") has no bootstrap: " + bootstrap + " does not exist.\n  Fix: " + build);
        }
        if (!Files.isExecutable(bootstrap)) {
            throw new SamNativeException(function.logicalId() + ": " + bootstrap + " is not executable.\n  Fix: "
                    + build + " Or make it executable: chmod +x " + bootstrap);
        }
    }

    private static String cannotStart(LocalFunction function, IOException e) {
        String message = "Cannot start " + function.bootstrap() + " for " + function.logicalId() + ": " + e.getMessage();
        Optional<Architecture> host = HostArchitecture.current();
        if (host.isPresent() && host.get() != function.architecture()) {
            return message + "\n  Fix: the function is built for " + function.architecture().templateName()
                    + " (Architectures) and this machine is " + host.get().templateName()
                    + "; run it on a " + function.architecture().templateName() + " machine, or build it for "
                    + host.get().templateName() + " to run it locally.";
        }
        return message + "\n  Fix: check that the bootstrap is a program for this machine (rebuild it with sam build).";
    }
}
