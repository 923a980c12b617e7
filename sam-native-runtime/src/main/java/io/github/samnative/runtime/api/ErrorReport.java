package io.github.samnative.runtime.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The body and category of an error sent to {@code /error} or {@code /init/error}.
 *
 * @param category   the {@code Lambda-Runtime-Function-Error-Type} header, {@code Function.X} or
 *                   {@code Runtime.X}; Lambda shows anything else as {@code Runtime.Unknown}
 * @param errorType  the body's {@code errorType}: the exception class for handler failures, as the
 *                   managed Java runtime reports it
 */
public record ErrorReport(String category, String errorType, String errorMessage, List<String> stackTrace) {

    private static final Pattern VALID_CATEGORY = Pattern.compile("(Runtime|Function)\\.[A-Z][a-zA-Z]+");

    public ErrorReport {
        if (!VALID_CATEGORY.matcher(category).matches()) {
            throw new IllegalArgumentException("Not a Lambda error category: " + category);
        }
        stackTrace = List.copyOf(stackTrace);
    }

    /** A failure of the user's code: category {@code Function.<SimpleName>}. */
    public static ErrorReport ofFunction(Throwable error) {
        return new ErrorReport("Function." + categoryName(error.getClass().getSimpleName()),
                error.getClass().getName(), messageOf(error), stackTraceOf(error));
    }

    /** A failure the runtime detected, such as an unknown handler or an oversized response. */
    public static ErrorReport ofRuntime(String name, String message, Throwable cause) {
        String category = "Runtime." + name;
        return new ErrorReport(category, category, message,
                cause == null ? List.of() : stackTraceOf(cause));
    }

    private static String messageOf(Throwable error) {
        String message = error.getMessage();
        return message == null ? error.getClass().getName() : message;
    }

    /** Keeps the letters of a class name so that the header is valid for any exception name. */
    static String categoryName(String simpleName) {
        StringBuilder letters = new StringBuilder();
        for (char c : simpleName.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                letters.append(letters.length() == 0 ? Character.toUpperCase(c) : c);
            }
        }
        return letters.length() < 2 ? "Error" + letters : letters.toString();
    }

    /** Frames of the error and its causes, each cause introduced as Java prints it. */
    static List<String> stackTraceOf(Throwable error) {
        List<String> lines = new ArrayList<>();
        Throwable current = error;
        for (int depth = 0; current != null && depth < 10; depth++) {
            if (current != error) {
                lines.add("Caused by: " + current);
            }
            for (StackTraceElement frame : current.getStackTrace()) {
                lines.add(frame.toString());
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return lines;
    }
}
