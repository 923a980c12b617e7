package io.github.samnative.runtime.api;

/**
 * One event as {@code GET /next} delivered it. Optional headers that were absent are {@code null}.
 */
public record Invocation(
        String requestId,
        long deadlineEpochMillis,
        String invokedFunctionArn,
        String traceId,
        String clientContextJson,
        String cognitoIdentityJson,
        byte[] payload) {
}
