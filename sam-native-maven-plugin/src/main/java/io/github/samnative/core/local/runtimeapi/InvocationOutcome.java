package io.github.samnative.core.local.runtimeapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * How an invocation ended.
 *
 * @param payload the response, or the error JSON the caller of Invoke would receive
 * @param errorType absent on success
 */
public record InvocationOutcome(Kind kind, byte[] payload, Optional<String> errorType) {

    public enum Kind {
        /** {@code /response}. */
        RESPONSE,
        /** {@code /error}, or a response Lambda refused (too large); the environment stays warm. */
        FUNCTION_ERROR,
        /** {@code /init/error}: the handler could not be created. */
        INIT_ERROR,
        /** The function ran past its Timeout. */
        TIMEOUT,
        /** The bootstrap process ended before answering. */
        EXIT,
        /** Local runs were stopped while the invocation was in flight. */
        STOPPED;

        /** Whether the environment can take further invocations after ending like this. */
        public boolean keepsEnvironment() {
            return this == RESPONSE || this == FUNCTION_ERROR;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public InvocationOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(errorType, "errorType");
    }

    public static InvocationOutcome response(byte[] body) {
        return new InvocationOutcome(Kind.RESPONSE, body, Optional.empty());
    }

    /**
     * A runtime's report to {@code /error} or {@code /init/error}. Lambda hands the body to the caller;
     * a body that is not a JSON object is wrapped so the caller always gets {@code errorMessage}/{@code errorType}.
     */
    public static InvocationOutcome reported(Kind kind, String errorTypeHeader, byte[] body) {
        String type = ErrorTypes.validated(errorTypeHeader);
        byte[] payload = isJsonObject(body) ? body : errorJson(type, new String(body, StandardCharsets.UTF_8));
        return new InvocationOutcome(kind, payload, Optional.of(type));
    }

    /** A failure Lambda itself detects (timeout, exit, oversized response), with Lambda's error JSON. */
    public static InvocationOutcome lambdaError(Kind kind, String errorType, String message) {
        return new InvocationOutcome(kind, errorJson(errorType, message), Optional.of(errorType));
    }

    public boolean failed() {
        return errorType.isPresent();
    }

    static byte[] errorJson(String errorType, String message) {
        ObjectNode error = JSON.createObjectNode();
        error.put("errorMessage", message);
        error.put("errorType", errorType);
        try {
            return JSON.writeValueAsBytes(error);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isJsonObject(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject();
        } catch (IOException e) {
            return false;
        }
    }
}
