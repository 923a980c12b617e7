package io.github.samnative.core.template;

import java.util.Objects;
import java.util.Optional;

/**
 * An entry of the template's {@code Parameters}, kept so {@code !Ref Name} can be resolved later.
 *
 * @param type the parameter's {@code Type} (e.g. {@code String}, {@code Number}), or {@code String}
 *     if not written
 * @param defaultValue its {@code Default}, if any
 */
public record TemplateParameter(String name, String type, Optional<TemplateValue> defaultValue,
        SourceLocation location) {

    public TemplateParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(location, "location");
    }
}
