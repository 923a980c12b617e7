package io.github.samnative.core.local;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.local.environment.EnvVarsFile;
import io.github.samnative.core.local.environment.EnvironmentContext;
import io.github.samnative.core.local.environment.EnvironmentPool;
import io.github.samnative.core.local.runtimeapi.LambdaLimits;
import io.github.samnative.core.template.SamTemplate;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a template's functions locally, without Docker: each function's built {@code bootstrap} runs
 * as child processes (execution environments) against an in-process Lambda Runtime API. Environments
 * start on first use and stay warm until {@link #close()}, which, like the JVM shutdown hook this
 * registers for Ctrl-C, ends every child process.
 *
 * <p>The core of {@code sam-native:invoke}; {@link LocalApiServer} puts API Gateway in front of it
 * for {@code sam-native:start-api}.
 */
public final class LocalInvoker implements AutoCloseable {

    private final Map<String, EnvironmentPool> pools;
    private final List<LocalFunction> functions;
    private final LocalOptions options;
    private final LogSink log;
    private final ScheduledExecutorService timers;
    private final ExecutorService stopThreads;
    private final Thread shutdownHook;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LocalInvoker(List<LocalFunction> functions, LocalOptions options) {
        this.functions = List.copyOf(functions);
        this.options = options;
        this.log = options.log();
        this.timers = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "sam-native-timeouts");
            thread.setDaemon(true);
            return thread;
        });
        this.stopThreads = LocalHttpServers.handlerThreads("sam-native-stop");
        EnvironmentContext context = new EnvironmentContext(options.launcher(), options.clock(), options.memoryGauge(),
                options.userEnvironment(), options.log(), options.effectiveRegion(), options.initLimit().toMillis(), timers,
                stopThreads);
        Map<String, EnvironmentPool> byName = new LinkedHashMap<>();
        for (LocalFunction function : functions) {
            byName.put(function.logicalId(), new EnvironmentPool(function, context, options.maxEnvironmentsPerFunction()));
        }
        this.pools = byName;
        this.shutdownHook = new Thread(this::stopEverything, "sam-native-local-shutdown");
    }

    /** Prepares the functions; no process starts before the first invocation of a function. */
    public static LocalInvoker start(List<LocalFunction> functions, LocalOptions options) {
        LocalInvoker invoker = new LocalInvoker(functions, options);
        Runtime.getRuntime().addShutdownHook(invoker.shutdownHook);
        return invoker;
    }

    /**
     * The template's functions with their artifacts in {@code <template dir>/.aws-sam/build}.
     *
     * @param parameterOverrides values for the template's Parameters
     */
    public static LocalInvoker start(SamTemplate template, EnvVarsFile envVars, Map<String, String> parameterOverrides,
            LocalOptions options) {
        Path buildDirectory = LocalFunctions.defaultBuildDirectory(template);
        return start(LocalFunctions.fromTemplate(template, buildDirectory, envVars, parameterOverrides,
                options.effectiveRegion(), options.log()), options);
    }

    public List<LocalFunction> functions() {
        return functions;
    }

    LocalOptions options() {
        return options;
    }

    /**
     * Invokes a function synchronously, as Lambda's Invoke API does ({@code RequestResponse}).
     * A failed invocation is a result (see {@link InvokeResult#failed()}), not an exception.
     *
     * @throws PayloadTooLargeException when the event is over Lambda's 6 MB limit
     * @throws SamNativeException when the function is unknown or its bootstrap cannot be started
     */
    public InvokeResult invoke(String logicalId, byte[] event) throws SamNativeException {
        EnvironmentPool pool = pool(logicalId);
        if (event.length > LambdaLimits.MAX_EVENT_BYTES) {
            throw new PayloadTooLargeException("The event for " + logicalId + " is " + event.length + " bytes; Lambda refuses"
                    + " it (RequestEntityTooLargeException: " + LambdaLimits.eventTooLargeMessage() + ").\n  Fix: send a"
                    + " smaller event; large data belongs in S3, with its key in the event.");
        }
        return pool.invoke(event);
    }

    private EnvironmentPool pool(String logicalId) throws SamNativeException {
        EnvironmentPool pool = pools.get(logicalId);
        if (pool == null) {
            throw new SamNativeException("There is no function " + logicalId + " to run. Functions sam-native runs: "
                    + String.join(", ", pools.keySet()) + ".\n  Fix: use one of these LogicalIds (case-sensitive).");
        }
        return pool;
    }

    /**
     * Starts one execution environment of each of these functions before any request needs it, a few
     * at a time, each batch given until its inits end (done, failed or stopped at the init limit) or
     * the wait is over. Batches, because inits started all at once on a small machine slow each other
     * down past the init limit.
     *
     * @param atOnce how many start together, e.g. the number of processors
     * @return those of the functions that have a warm environment now
     * @throws SamNativeException when a function is unknown or its bootstrap cannot be started at all
     */
    public List<String> startAhead(List<String> logicalIds, int atOnce, Duration waitPerBatch)
            throws SamNativeException, InterruptedException {
        List<EnvironmentPool> targets = new ArrayList<>();
        for (String logicalId : logicalIds) {
            targets.add(pool(logicalId));
        }
        List<String> warm = new ArrayList<>();
        for (int first = 0; first < targets.size(); first += atOnce) {
            List<EnvironmentPool> batch = targets.subList(first, Math.min(targets.size(), first + atOnce));
            for (EnvironmentPool pool : batch) {
                pool.startAhead();
            }
            long deadline = System.nanoTime() + waitPerBatch.toNanos();
            for (EnvironmentPool pool : batch) {
                if (pool.awaitFree(deadline)) {
                    warm.add(pool.function().logicalId());
                }
            }
        }
        return warm;
    }

    /** How many execution environments of a function have been started so far (cold starts). */
    public int environmentsStarted(String logicalId) {
        EnvironmentPool pool = pools.get(logicalId);
        return pool == null ? 0 : pool.environmentsStarted();
    }

    /** How many execution environments of a function are waiting for their next event right now. */
    public int environmentsIdle(String logicalId) {
        EnvironmentPool pool = pools.get(logicalId);
        return pool == null ? 0 : pool.environmentsIdle();
    }

    /** Stops every execution environment and its process tree; returns when they are gone. */
    @Override
    public void close() {
        stopEverything();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook is running or ran.
        }
    }

    private void stopEverything() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        List<RuntimeException> failures = new ArrayList<>();
        for (EnvironmentPool pool : pools.values()) {
            try {
                pool.close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        timers.shutdownNow();
        stopThreads.shutdownNow();
        for (RuntimeException failure : failures) {
            log.warning("sam-native: stopping local runs: " + failure);
        }
    }
}
