package io.github.samnative.core.local;

import io.github.samnative.core.template.ApiEvent;
import io.github.samnative.core.template.Architecture;
import io.github.samnative.core.template.SourceLocation;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A function ready to run locally: its built artifact and its environment variables with every
 * value known (template values resolved, env-vars file applied).
 *
 * @param artifactDirectory {@code .aws-sam/build/<LogicalId>}: holds {@code bootstrap}; the
 *     process's working directory and {@code LAMBDA_TASK_ROOT}
 * @param variables the function's own variables, without the ones Lambda sets
 */
public record LocalFunction(
        String logicalId,
        String handler,
        Architecture architecture,
        int memorySizeMb,
        int timeoutSeconds,
        Path artifactDirectory,
        Map<String, String> variables,
        List<ApiEvent> events,
        SourceLocation location) {

    public static final String BOOTSTRAP = "bootstrap";

    public LocalFunction {
        Objects.requireNonNull(logicalId, "logicalId");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(artifactDirectory, "artifactDirectory");
        Objects.requireNonNull(location, "location");
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        events = List.copyOf(events);
    }

    public Path bootstrap() {
        return artifactDirectory.resolve(BOOTSTRAP);
    }
}
