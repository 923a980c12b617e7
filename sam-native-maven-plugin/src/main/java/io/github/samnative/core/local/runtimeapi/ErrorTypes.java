package io.github.samnative.core.local.runtimeapi;

import java.util.regex.Pattern;

/** Lambda's check of the {@code Lambda-Runtime-Function-Error-Type} header a runtime sends. */
public final class ErrorTypes {

    public static final String UNKNOWN = "Runtime.Unknown";

    private static final Pattern VALID = Pattern.compile("(Runtime|Function)\\.[A-Z][a-zA-Z]+");

    private ErrorTypes() {
    }

    /** The header as Lambda reports it: unchanged when well-formed, else {@code Runtime.Unknown}. */
    public static String validated(String header) {
        return header != null && VALID.matcher(header).matches() ? header : UNKNOWN;
    }
}
