package io.github.samnative.core.template;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What sam-native needs from a SAM template: the functions it builds (in template order), the ones
 * it leaves to SAM, and the Parameters that intrinsic functions may refer to.
 */
public record SamTemplate(
        Path file,
        Map<String, TemplateParameter> parameters,
        List<ServerlessFunction> functions,
        List<SkippedFunction> skipped) {

    public SamTemplate {
        Objects.requireNonNull(file, "file");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        functions = List.copyOf(functions);
        skipped = List.copyOf(skipped);
    }

    public Optional<ServerlessFunction> function(String logicalId) {
        return functions.stream().filter(f -> f.logicalId().equals(logicalId)).findFirst();
    }

    /** The directory that relative paths in the template (CodeUri, ...) are relative to. */
    public Path directory() {
        return file.toAbsolutePath().getParent();
    }
}
