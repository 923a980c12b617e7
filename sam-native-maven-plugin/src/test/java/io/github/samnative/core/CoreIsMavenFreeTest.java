package io.github.samnative.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The build logic is a plain library: only the Mojos in io.github.samnative.maven know Maven. */
class CoreIsMavenFreeTest {

    @Test
    void noCoreSourceImportsMaven() throws Exception {
        Path core = Path.of("src/main/java/io/github/samnative/core");
        List<String> offenders;
        try (Stream<Path> sources = Files.walk(core)) {
            offenders = sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> {
                        try {
                            return Files.readString(p).contains("import org.apache.maven");
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString).collect(Collectors.toList());
        }
        assertEquals(List.of(), offenders);
        try (Stream<Path> sources = Files.walk(core)) {
            assertEquals(true, sources.filter(p -> p.toString().endsWith(".java")).count() > 50);
        }
    }
}
