package io.github.samnative.core.handler;

import io.github.samnative.core.template.SourceLocation;
import java.util.Objects;

/**
 * One function's {@code Handler} as written in template.yaml, kept together with the function's
 * LogicalId (and, when known, where it was written) so that every message about the handler can
 * send the user to the right place.
 *
 * @param logicalId the function's LogicalId
 * @param handler the {@code Handler} value, which becomes {@code _HANDLER} at run time
 * @param location where the {@code Handler} was written, or {@code null} when unknown
 */
public record FunctionHandler(String logicalId, String handler, SourceLocation location) {

    public FunctionHandler {
        Objects.requireNonNull(logicalId, "logicalId");
        Objects.requireNonNull(handler, "handler");
    }

    public FunctionHandler(String logicalId, String handler) {
        this(logicalId, handler, null);
    }
}
