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
        // A class, not System::getenv: the Makefile shortcut's JVM would link a lambda call site for it.
        return new SystemEnvironment() {
            @Override
            public String get(String name) {
                return System.getenv(name);
            }
        };
    }

    static SystemEnvironment of(Map<String, String> variables) {
        return variables::get;
    }
}
