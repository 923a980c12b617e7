package io.github.samnative.core.local.runtimeapi;

/** Lambda's payload limits for synchronous invocations, with the messages Lambda gives. */
public final class LambdaLimits {

    /** The largest event: 6 MiB. */
    public static final int MAX_EVENT_BYTES = 6 * 1024 * 1024;
    /** The largest response Lambda takes on {@code /response}: 6 MiB plus 100 bytes, as Lambda counts it. */
    public static final int MAX_RESPONSE_BYTES = 6 * 1024 * 1024 + 100;

    private LambdaLimits() {
    }

    /** Lambda's Invoke API message ({@code RequestEntityTooLargeException}). */
    public static String eventTooLargeMessage() {
        return "Request must be smaller than " + MAX_EVENT_BYTES + " bytes for the InvokeFunction operation";
    }

    /** The invocation's error when the runtime posted an oversized response. */
    public static String responseTooLargeMessage() {
        return "Response payload size exceeded maximum allowed payload size (" + MAX_RESPONSE_BYTES + " bytes).";
    }
}
