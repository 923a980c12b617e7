package io.github.samnative.core.local.runtimeapi;

/** How the Runtime API answers a runtime's POST, with Lambda's status codes and error types. */
enum PostResult {
    ACCEPTED(202, null, null),
    UNKNOWN_REQUEST_ID(400, "InvalidRequestID", "Invalid request ID"),
    INVALID_STATE(403, "InvalidStateTransition", "State transition is not allowed"),
    TOO_LARGE(413, "RequestEntityTooLarge",
            "Exceeded maximum allowed payload size (" + LambdaLimits.MAX_RESPONSE_BYTES + " bytes).");

    final int status;
    final String errorType;
    final String errorMessage;

    PostResult(int status, String errorType, String errorMessage) {
        this.status = status;
        this.errorType = errorType;
        this.errorMessage = errorMessage;
    }
}
