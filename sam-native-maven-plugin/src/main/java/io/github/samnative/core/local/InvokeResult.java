package io.github.samnative.core.local;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * What one local invocation returned, as Lambda's Invoke API would.
 *
 * @param functionName the function's LogicalId
 * @param payload the response body, or on failure the error JSON ({@code errorMessage}, {@code errorType}, ...)
 * @param errorType present when the invocation failed: the runtime's {@code Lambda-Runtime-Function-Error-Type}
 *     (validated like Lambda: {@code Runtime.Unknown} when malformed), or Lambda's own type such as
 *     {@code Sandbox.Timedout} or {@code Runtime.ExitError}
 * @param initFailed whether the bootstrap reported {@code /init/error} (the handler could not be created)
 */
public record InvokeResult(String functionName, byte[] payload, Optional<String> errorType, boolean initFailed,
        InvokeReport report) {

    public InvokeResult {
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(errorType, "errorType");
        Objects.requireNonNull(report, "report");
    }

    public boolean failed() {
        return errorType.isPresent();
    }

    public String payloadText() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    public String requestId() {
        return report.requestId();
    }
}
