package io.github.samnative.runtime;

import com.amazonaws.services.lambda.runtime.logging.LogFormat;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import io.github.samnative.runtime.api.ErrorReport;
import io.github.samnative.runtime.api.HttpRuntimeApiClient;
import io.github.samnative.runtime.api.RuntimeApiClient;
import io.github.samnative.runtime.context.FunctionSettings;
import io.github.samnative.runtime.handler.LambdaFunction;
import io.github.samnative.runtime.logging.LogLineStream;
import io.github.samnative.runtime.logging.LogSettings;
import io.github.samnative.runtime.logging.LogWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.LongSupplier;

/**
 * The entry point of every bootstrap: the generated {@code main} calls {@link #run(HandlerTable)}.
 * It connects to the Runtime API, creates the handler named by {@code _HANDLER}, and runs the
 * event loop until the process must end.
 */
public final class LambdaRuntime {

    /** Exit status when initialisation failed (reported to {@code /init/error} when possible). */
    public static final int EXIT_INIT_FAILED = 1;
    /** Exit status after a fatal error during an invocation, or a broken Runtime API connection. */
    public static final int EXIT_FATAL = 2;

    private static final String PREFIX = "sam-native: ";

    private LambdaRuntime() {}

    /** Runs the bootstrap; never returns. */
    public static void run(HandlerTable handlers) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        int status = run(handlers, Environment.system(), stdout, stderr, System::currentTimeMillis, true);
        stdout.flush();
        stderr.flush();
        System.exit(status);
    }

    /**
     * Runs the bootstrap until it must end and returns the exit status.
     *
     * @param captureStandardStreams whether System.out/err become log records in JSON mode; off in
     *                               tests that share the JVM
     */
    static int run(HandlerTable handlers, Environment env, PrintStream stdout, PrintStream stderr,
                   LongSupplier clock, boolean captureStandardStreams) {
        String address = env.get("AWS_LAMBDA_RUNTIME_API");
        if (address == null || address.isBlank()) {
            stderr.println(PREFIX + "AWS_LAMBDA_RUNTIME_API is not set. A bootstrap runs inside AWS Lambda, "
                    + "or locally under `mvn sam-native:invoke` / `mvn sam-native:start-api`.");
            return EXIT_INIT_FAILED;
        }
        RuntimeApiClient api;
        try {
            api = HttpRuntimeApiClient.connect(address.trim());
        } catch (IOException e) {
            stderr.println(PREFIX + "cannot reach the Lambda Runtime API at " + address
                    + " (AWS_LAMBDA_RUNTIME_API): " + e.getMessage());
            return EXIT_INIT_FAILED;
        }

        LogWriter log = new LogWriter(stdout, LogSettings.from(env), clock);
        Runnable endOfInvocation = () -> { };
        if (captureStandardStreams && log.settings().format() == LogFormat.JSON) {
            LogLineStream out = new LogLineStream(log, LogLevel.INFO);
            LogLineStream err = new LogLineStream(log, LogLevel.ERROR);
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            endOfInvocation = () -> {
                out.drain();
                err.drain();
            };
        }

        LambdaFunction function = createHandler(handlers, env.get("_HANDLER"), api, stderr);
        if (function == null) {
            return EXIT_INIT_FAILED;
        }
        RuntimeLoop loop = new RuntimeLoop(api, function, FunctionSettings.from(env), log, clock, endOfInvocation);
        try {
            while (loop.runOnce()) {
                // one invocation per turn, for the life of the execution environment
            }
        } catch (IOException e) {
            stderr.println(PREFIX + "lost the Lambda Runtime API at " + address + ": " + e.getMessage());
        }
        return EXIT_FATAL;
    }

    /** @return the handler, or {@code null} after reporting why there is none */
    private static LambdaFunction createHandler(HandlerTable handlers, String name, RuntimeApiClient api,
                                                PrintStream stderr) {
        ErrorReport failure;
        if (name == null || name.isBlank()) {
            failure = ErrorReport.ofRuntime("NoHandler", "_HANDLER is not set. It names the handler to run, "
                    + "as the function's Handler in template.yaml. This bootstrap has: " + String.join(", ", handlers.names()), null);
        } else {
            try {
                LambdaFunction function = handlers.create(name.trim());
                if (function != null) {
                    return function;
                }
                failure = ErrorReport.ofRuntime("HandlerNotFound", "Handler '" + name + "' (from _HANDLER) is not in "
                        + "this bootstrap, which has: " + String.join(", ", handlers.names())
                        + ". Rebuild with sam-native after changing a function's Handler in template.yaml.", null);
            } catch (Throwable e) {
                Throwable cause = e instanceof ExceptionInInitializerError && e.getCause() != null ? e.getCause() : e;
                failure = new ErrorReport("Runtime.HandlerInitError", cause.getClass().getName(),
                        "Handler '" + name + "' failed to initialise: " + cause, ErrorReport.ofFunction(cause).stackTrace());
            }
        }
        stderr.println(PREFIX + failure.errorMessage());
        try {
            api.reportInitError(failure);
        } catch (IOException e) {
            stderr.println(PREFIX + "could not report the init error to the Runtime API: " + e.getMessage());
        }
        return null;
    }
}
