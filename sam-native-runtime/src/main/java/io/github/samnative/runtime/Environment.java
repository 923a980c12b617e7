package io.github.samnative.runtime;

import java.util.Map;

/** Where the runtime reads its configuration: the process environment, or a map in tests. */
@FunctionalInterface
public interface Environment {

    /** @return the variable's value, or {@code null} when it is not set */
    String get(String name);

    default String get(String name, String fallback) {
        String value = get(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    static Environment system() {
        return System::getenv;
    }

    static Environment of(Map<String, String> variables) {
        return variables::get;
    }
}
