package io.github.samnative.core.process;

import java.util.Map;
import java.util.Optional;

/** Environment variables, read through this seam so that tests decide what is set. */
@FunctionalInterface
public interface SystemEnvironment {

    String get(String name);

    default Optional<String> find(String name) {
        String value = get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    static SystemEnvironment system() {
        return System::getenv;
    }

    static SystemEnvironment of(Map<String, String> variables) {
        return variables::get;
    }
}
