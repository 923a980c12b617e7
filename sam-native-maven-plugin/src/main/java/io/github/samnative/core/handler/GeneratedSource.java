package io.github.samnative.core.handler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A Java compilation unit written by sam-native.
 *
 * @param className the fully qualified name of its one top-level class
 * @param content the source text
 */
public record GeneratedSource(String className, String content) {

    public GeneratedSource {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(content, "content");
    }

    /** {@code io/github/samnative/generated/SamNativeMain.java}, with {@code /} separators. */
    public String relativePath() {
        return className.replace('.', '/') + ".java";
    }

    /** Writes the source under {@code sourceRoot} in its package's folders. */
    public Path writeTo(Path sourceRoot) throws IOException {
        Path file = sourceRoot.resolve(relativePath());
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
