package io.github.samnative.core.handler;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Objects;

/**
 * A handler checked against the compiled classes: what the generated handler table must call,
 * and the fully resolved types that cross the JSON boundary.
 *
 * @param name the {@code Handler} string, which is also the {@code _HANDLER} value and the table's key
 * @param logicalIds every function that uses this handler (several functions may share one)
 * @param kind the handler's shape
 * @param handlerClass the class named by the handler
 * @param methodName the method called: {@code handleRequest} for the interface kinds
 * @param isStatic whether the method is static (then no instance is created)
 * @param takesContext whether the method takes a {@code Context} as its last parameter
 * @param inputType the event type, resolved through generics with primitives boxed and no
 *     wildcards or type variables left; {@code null} for the stream kinds
 * @param outputType the result type, resolved like {@code inputType}; {@code void.class} when
 *     the method returns nothing; {@code null} for the stream kinds
 */
public record ResolvedHandler(
        String name,
        List<String> logicalIds,
        HandlerKind kind,
        Class<?> handlerClass,
        String methodName,
        boolean isStatic,
        boolean takesContext,
        Type inputType,
        Type outputType) {

    public ResolvedHandler {
        Objects.requireNonNull(name, "name");
        logicalIds = List.copyOf(logicalIds);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(handlerClass, "handlerClass");
        Objects.requireNonNull(methodName, "methodName");
        boolean streams = kind == HandlerKind.STREAM_HANDLER || kind == HandlerKind.STREAM_METHOD;
        if (streams != (inputType == null) || streams != (outputType == null)) {
            throw new IllegalArgumentException("stream handlers have no input/output types, typed ones need both: " + name);
        }
    }

    /** Whether the table must construct the handler class before calling it. */
    public boolean needsInstance() {
        return !isStatic;
    }

    /** Whether the method returns {@code void}, so the table answers {@code null}. */
    public boolean returnsVoid() {
        return outputType == void.class;
    }
}
