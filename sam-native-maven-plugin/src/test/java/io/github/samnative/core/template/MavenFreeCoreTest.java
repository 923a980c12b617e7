package io.github.samnative.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core must stay usable without Maven: its template and Makefile packages import nothing of Maven's. */
class MavenFreeCoreTest {

    @Test
    void templateAndMakefilePackagesDoNotImportMaven() throws Exception {
        Path core = Path.of("src/main/java/io/github/samnative/core");
        List<Path> sources = new ArrayList<>();
        for (String pkg : List.of("template", "makefile")) {
            try (Stream<Path> files = Files.walk(core.resolve(pkg))) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
            }
        }
        assertTrue(sources.size() > 10, "found the sources: " + sources);

        List<String> offenders = new ArrayList<>();
        for (Path source : sources) {
            for (String line : Files.readAllLines(source)) {
                if (line.startsWith("import org.apache.maven") || line.startsWith("import static org.apache.maven")) {
                    offenders.add(source + ": " + line);
                }
            }
        }
        assertEquals(List.of(), offenders);
    }
}
