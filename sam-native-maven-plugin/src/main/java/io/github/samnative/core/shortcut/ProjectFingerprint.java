package io.github.samnative.core.shortcut;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.cache.CacheKey;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a module's own files say, as one hex digest: everything in the module that can change what
 * {@code mvn sam-native:bootstrap} builds or how Maven is configured for it. Content and relative
 * paths only, so SAM's scratch copies of one module share one fingerprint.
 */
public final class ProjectFingerprint {

    /** Files at the module's root that count, besides everything under {@link #DIRECTORIES}. */
    static final Set<String> FILES = Set.of("pom.xml", "Makefile", "template.yaml", "template.yml", "template.json");

    /** {@code src/main} is the code; {@code .mvn} holds Maven's own configuration (maven.config, jvm.config, extensions). */
    static final Set<String> DIRECTORIES = Set.of("src/main/", ".mvn/");

    /**
     * Which files count, by '/'-separated relative path. An object rather than a method reference:
     * the Makefile shortcut's short-lived JVM would link a lambda call site for that (see
     * {@code ShortcutCallFootprintTest}).
     */
    static final Predicate<String> COUNTED = new Predicate<>() {
        @Override
        public boolean test(String relativePath) {
            return counts(relativePath);
        }
    };

    private ProjectFingerprint() {}

    public static String of(Path moduleDirectory) throws SamNativeException {
        return CacheKey.builder()
                .addTree(moduleDirectory, COUNTED)
                .addParameter("fingerprint-format", "1")
                .build()
                .hex();
    }

    static boolean counts(String relativePath) {
        if (FILES.contains(relativePath)) {
            return true;
        }
        for (String directory : DIRECTORIES) {
            if (relativePath.startsWith(directory)) {
                return true;
            }
        }
        return false;
    }
}
