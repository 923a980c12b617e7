package io.github.samnative.core.template;

import java.util.Objects;

/**
 * An {@code AWS::Serverless::Function} that sam-native leaves to SAM, and why, so the caller can log it.
 *
 * @param runtime the Runtime as written, or {@code null} if absent or not a plain value
 * @param buildMethod {@code Metadata.BuildMethod}, or {@code null} if absent
 */
public record SkippedFunction(String logicalId, String runtime, String buildMethod, SourceLocation location,
        String reason) {

    public SkippedFunction {
        Objects.requireNonNull(logicalId, "logicalId");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reason, "reason");
    }
}
