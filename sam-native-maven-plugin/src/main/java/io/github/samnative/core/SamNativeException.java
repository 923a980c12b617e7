package io.github.samnative.core;

/**
 * A failure the user can fix. Its message is shown as it is, without a stack trace, so it says
 * what is wrong, where (file, line, function) and how to fix it. Anything else that escapes the
 * core is a bug in sam-native.
 */
public class SamNativeException extends Exception {

    public SamNativeException(String message) {
        super(message);
    }

    public SamNativeException(String message, Throwable cause) {
        super(message, cause);
    }
}
