package io.github.samnative.core.image;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/** How the one executable for all functions is made. */
public enum BuildMode {
    /** A GraalVM native image: smallest and fastest to start; needs GraalVM's native-image. */
    NATIVE,
    /** A launcher script, the application jars and a jlink-ed Java runtime: needs only a JDK. */
    JVM;

    /**
     * Whether the file at this '/'-separated path of a bootstrap is the same for every function and
     * never edited per function, so that functions may share it (see {@code Placement}): in jvm
     * mode the jlink-ed Java runtime; in native mode nothing, the bootstrap is one executable that
     * users may post-process.
     */
    public boolean isSharedFile(String relativePath) {
        return this == JVM && relativePath.startsWith(JvmImageBuilder.RUNTIME_DIRECTORY + "/");
    }

    /**
     * {@link #isSharedFile} as a predicate, for {@code Placement}: an object, not a method reference,
     * which the Makefile shortcut's short-lived JVM would link (see {@code ShortcutCallFootprintTest}).
     */
    public Predicate<String> sharedFiles() {
        BuildMode mode = this;
        return new Predicate<>() {
            @Override
            public boolean test(String relativePath) {
                return mode.isSharedFile(relativePath);
            }
        };
    }

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
