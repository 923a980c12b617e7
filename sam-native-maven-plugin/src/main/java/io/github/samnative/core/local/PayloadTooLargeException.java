package io.github.samnative.core.local;

import io.github.samnative.core.SamNativeException;

/** An event larger than Lambda accepts for a synchronous invocation; API Gateway answers 413. */
public final class PayloadTooLargeException extends SamNativeException {

    public PayloadTooLargeException(String message) {
        super(message);
    }
}
