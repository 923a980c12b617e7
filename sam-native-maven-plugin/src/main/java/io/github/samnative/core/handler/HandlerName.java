package io.github.samnative.core.handler;

import java.util.Optional;

/**
 * A {@code Handler} string taken apart: {@code com.example.Orders} or
 * {@code com.example.Orders::handle}. The class name is a binary name, as the managed runtime
 * loads it with {@code Class.forName}: nested classes are written {@code Outer$Inner}.
 *
 * @param className the binary name of the class
 * @param methodName the method after {@code ::}, or {@code null} for the interface forms
 */
record HandlerName(String className, String methodName) {

    static final String SEPARATOR = "::";

    /** The parts of a well-formed handler string, or empty when it is not one. */
    static Optional<HandlerName> parse(String handler) {
        int separator = handler.indexOf(SEPARATOR);
        String className = separator < 0 ? handler : handler.substring(0, separator);
        String methodName = separator < 0 ? null : handler.substring(separator + SEPARATOR.length());
        if (!isQualifiedName(className) || (methodName != null && !isIdentifier(methodName))) {
            return Optional.empty();
        }
        return Optional.of(new HandlerName(className, methodName));
    }

    private static boolean isQualifiedName(String name) {
        if (name.isEmpty() || name.startsWith(".") || name.endsWith(".")) {
            return false;
        }
        for (String part : name.split("\\.", -1)) {
            if (!isIdentifier(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIdentifier(String name) {
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            if (!Character.isJavaIdentifierPart(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
