package io.github.samnative.core.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A value written in a template, with CloudFormation intrinsic functions kept as such so a later
 * step can resolve them (for example {@code !Ref TableName} against the template's Parameters).
 * Short forms ({@code !Ref X}) and long forms ({@code {"Ref": "X"}}) give the same value.
 */
public sealed interface TemplateValue
        permits TemplateValue.Scalar, TemplateValue.Sequence, TemplateValue.Mapping, TemplateValue.Intrinsic {

    /** A plain value as written; {@code kind} says how YAML typed it. */
    record Scalar(String text, Kind kind) implements TemplateValue {

        public enum Kind { STRING, INTEGER, FLOAT, BOOLEAN, NULL }

        public Scalar {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(kind, "kind");
        }

        public static Scalar string(String text) {
            return new Scalar(text, Kind.STRING);
        }
    }

    record Sequence(List<TemplateValue> items) implements TemplateValue {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** Entries in template order. */
    record Mapping(Map<String, TemplateValue> entries) implements TemplateValue {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }
    }

    /**
     * An intrinsic function call.
     *
     * @param function the long-form name: {@code Ref}, {@code Condition} or {@code Fn::Xxx}
     * @param argument its argument; {@code Fn::GetAtt} always gets a two-item sequence
     */
    record Intrinsic(String function, TemplateValue argument) implements TemplateValue {

        public Intrinsic {
            Objects.requireNonNull(function, "function");
            Objects.requireNonNull(argument, "argument");
        }

        /** The name referenced by {@code !Ref Name}, if this is such a reference. */
        public Optional<String> refTarget() {
            if (function.equals("Ref") && argument instanceof Scalar scalar) {
                return Optional.of(scalar.text());
            }
            return Optional.empty();
        }
    }
}
