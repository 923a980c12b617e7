package io.github.samnative.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The cache is part of the Maven-free core: nothing in it may reach for Maven's API. */
class CachePackageIndependenceTest {

    private static final Path SOURCES = Path.of("src/main/java/io/github/samnative/core/cache");

    @Test
    void noSourceImportsMaven() throws Exception {
        List<Path> sources;
        try (Stream<Path> files = Files.list(SOURCES)) {
            sources = files.filter(path -> path.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(sources.size() > 10, "expected the cache sources under " + SOURCES.toAbsolutePath());
        List<Path> offenders = sources.stream().filter(CachePackageIndependenceTest::mentionsMaven).toList();
        assertEquals(List.of(), offenders);
    }

    private static boolean mentionsMaven(Path source) {
        try {
            return Files.readString(source).contains("org.apache.maven");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
