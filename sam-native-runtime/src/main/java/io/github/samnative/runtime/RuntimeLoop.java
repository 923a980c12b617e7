package io.github.samnative.runtime;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import io.github.samnative.runtime.api.ErrorReport;
import io.github.samnative.runtime.api.Invocation;
import io.github.samnative.runtime.api.RuntimeApiClient;
import io.github.samnative.runtime.api.RuntimeApiException;
import io.github.samnative.runtime.api.RuntimeApiProtocol;
import io.github.samnative.runtime.context.FunctionSettings;
import io.github.samnative.runtime.context.InvocationContext;
import io.github.samnative.runtime.handler.EventDeserializationException;
import io.github.samnative.runtime.handler.LambdaFunction;
import io.github.samnative.runtime.logging.LogWriter;
import io.github.samnative.runtime.logging.RuntimeLogger;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.function.LongSupplier;

/**
 * The event loop: take the next event, call the handler, send its response or its error.
 * One turn at a time ({@link #runOnce()}) so that tests can drive it exactly.
 */
public final class RuntimeLoop {

    /** The system property the AWS X-Ray SDK and Powertools read the trace header from. */
    public static final String TRACE_HEADER_PROPERTY = "com.amazonaws.xray.traceHeader";

    static final String EVENT_DESERIALIZATION_ERROR = "EventDeserializationError";
    static final String RESPONSE_TOO_LARGE = "ResponseSizeTooLarge";

    private final RuntimeApiClient api;
    private final LambdaFunction function;
    private final FunctionSettings settings;
    private final LogWriter log;
    private final LambdaLogger logger;
    private final LongSupplier clock;
    private final Runnable endOfInvocation;
    private final ResponseBuffer response = new ResponseBuffer(RuntimeApiProtocol.MAX_RESPONSE_BYTES);

    /**
     * @param endOfInvocation runs after each invocation, e.g. to emit a handler's unfinished
     *                        log line before the next request begins
     */
    public RuntimeLoop(RuntimeApiClient api, LambdaFunction function, FunctionSettings settings,
                       LogWriter log, LongSupplier clock, Runnable endOfInvocation) {
        this.api = api;
        this.function = function;
        this.settings = settings;
        this.log = log;
        this.logger = new RuntimeLogger(log);
        this.clock = clock;
        this.endOfInvocation = endOfInvocation;
    }

    /**
     * Handles one event.
     *
     * @return {@code false} when the process must end because the JVM is no longer trustworthy
     *         (a {@link VirtualMachineError}, such as OutOfMemoryError, escaped the handler)
     * @throws IOException when the Runtime API cannot be reached or answers unexpectedly
     */
    public boolean runOnce() throws IOException {
        Invocation invocation = api.next();
        log.setRequestId(invocation.requestId());
        if (invocation.traceId() != null) {
            System.setProperty(TRACE_HEADER_PROPERTY, invocation.traceId());
        } else {
            System.clearProperty(TRACE_HEADER_PROPERTY);
        }
        response.reset();
        try {
            function.handle(new ByteArrayInputStream(invocation.payload()), response,
                    new InvocationContext(invocation, settings, logger, clock));
        } catch (VirtualMachineError fatal) {
            response.shrink();
            reportFatal(invocation.requestId(), fatal);
            return false;
        } catch (EventDeserializationException e) {
            report(invocation.requestId(), ErrorReport.ofRuntime(EVENT_DESERIALIZATION_ERROR, e.getMessage(), e));
            return true;
        } catch (Throwable e) {
            report(invocation.requestId(), ErrorReport.ofFunction(e));
            return true;
        } finally {
            endOfInvocation.run();
        }
        sendResponse(invocation.requestId());
        return true;
    }

    private void sendResponse(String requestId) throws IOException {
        if (response.overflowed()) {
            long size = response.attemptedSize();
            response.shrink();
            report(requestId, tooLarge(size));
            return;
        }
        try {
            api.respond(requestId, response.bytes(), response.size());
        } catch (RuntimeApiException e) {
            if (e.status() != 413) {
                throw e;
            }
            report(requestId, tooLarge(response.size()));
        }
    }

    private static ErrorReport tooLarge(long size) {
        return ErrorReport.ofRuntime(RESPONSE_TOO_LARGE, "Response payload size (" + size
                + " bytes) exceeded maximum allowed payload size (" + RuntimeApiProtocol.MAX_RESPONSE_BYTES
                + " bytes).", null);
    }

    private void report(String requestId, ErrorReport error) throws IOException {
        log.write(describe(error), LogLevel.ERROR);
        api.reportInvocationError(requestId, error);
    }

    /** Reports what it can; the caller ends the process whatever happens here. */
    private void reportFatal(String requestId, VirtualMachineError fatal) {
        try {
            report(requestId, ErrorReport.ofFunction(fatal));
        } catch (Throwable ignored) {
            // The process exits next; Lambda then reports Runtime.ExitError for this request.
        }
    }

    static String describe(ErrorReport error) {
        StringBuilder text = new StringBuilder(error.errorType()).append(": ").append(error.errorMessage());
        for (String frame : error.stackTrace()) {
            text.append(frame.startsWith("Caused by: ") ? "\n" : "\n\tat ").append(frame);
        }
        return text.toString();
    }
}
