package io.github.samnative.core.template;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@code AWS::Serverless::Function} that sam-native builds ({@code Runtime: provided.al2023} or
 * {@code provided.al2}, {@code Metadata.BuildMethod: makefile}), with Globals.Function applied and
 * SAM's defaults filled in.
 *
 * @param logicalId the resource's key under {@code Resources}
 * @param handler passed to the bootstrap unchanged as {@code _HANDLER}
 * @param runtime {@code provided.al2023} or {@code provided.al2}
 * @param codeUri {@code CodeUri} as written (relative to the template's directory), if given
 * @param projectRootDirectory {@code Metadata.ProjectRootDirectory}, if given
 * @param contextPath {@code Metadata.ContextPath}, if given
 * @param architecture the one entry of {@code Architectures}; {@code x86_64} by default
 * @param memorySizeMb {@code MemorySize}; 128 by default, and when written as an intrinsic function
 * @param timeoutSeconds {@code Timeout}; 3 by default, and when written as an intrinsic function
 * @param environment {@code Environment.Variables}, values as written (possibly intrinsic functions)
 * @param events the {@code Api} and {@code HttpApi} events; other event types are left out
 * @param location where the resource starts in the template
 * @param notes things worth telling the user that are not errors (e.g. a default used in place of
 *     an intrinsic function)
 */
public record ServerlessFunction(
        String logicalId,
        String handler,
        String runtime,
        Optional<String> codeUri,
        Optional<String> projectRootDirectory,
        Optional<String> contextPath,
        Architecture architecture,
        int memorySizeMb,
        int timeoutSeconds,
        Map<String, TemplateValue> environment,
        List<ApiEvent> events,
        SourceLocation location,
        List<String> notes) {

    public static final int DEFAULT_MEMORY_SIZE_MB = 128;
    public static final int DEFAULT_TIMEOUT_SECONDS = 3;

    public ServerlessFunction {
        Objects.requireNonNull(logicalId, "logicalId");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(codeUri, "codeUri");
        Objects.requireNonNull(projectRootDirectory, "projectRootDirectory");
        Objects.requireNonNull(contextPath, "contextPath");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(location, "location");
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        events = List.copyOf(events);
        notes = List.copyOf(notes);
    }

    /**
     * The directory whose Makefile {@code sam build} runs for this function, relative to the
     * template: {@code Metadata.ContextPath}, else {@code Metadata.ProjectRootDirectory}, else
     * {@code CodeUri}, else the template's own directory (SAM's default CodeUri is {@code .}).
     */
    public String makefileDirectory() {
        return contextPath.or(() -> projectRootDirectory).or(() -> codeUri).orElse(".");
    }

    /** {@link #makefileDirectory()} as an absolute path, resolved against the template's directory. */
    public Path makefileDirectoryPath() {
        Path templateDir = location.file().toAbsolutePath().getParent();
        return templateDir.resolve(makefileDirectory()).normalize();
    }

    /** The target {@code sam build} asks make for: {@code build-<LogicalId>}. */
    public String makeTarget() {
        return "build-" + logicalId;
    }
}
