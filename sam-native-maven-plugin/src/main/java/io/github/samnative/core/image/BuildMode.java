package io.github.samnative.core.image;

import java.util.Locale;
import java.util.Optional;

/** How the one executable for all functions is made. */
public enum BuildMode {
    /** A GraalVM native image: smallest and fastest to start; needs GraalVM's native-image. */
    NATIVE,
    /** A launcher script, the application jars and a jlink-ed Java runtime: needs only a JDK. */
    JVM;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<BuildMode> parse(String value) {
        for (BuildMode mode : values()) {
            if (mode.id().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
