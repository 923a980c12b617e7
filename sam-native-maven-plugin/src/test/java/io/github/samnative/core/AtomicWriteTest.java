package io.github.samnative.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {

    @TempDir
    Path temp;

    @Test
    void replacesTheTargetAndLeavesNoTemporaryFile() throws Exception {
        Path target = Files.writeString(temp.resolve("record.properties"), "old");

        AtomicWrite.replace(target, temporary -> Files.writeString(temporary, "new"));

        assertEquals("new", Files.readString(target));
        assertEquals(List.of("record.properties"), names());
    }

    @Test
    void aFailedWriteKeepsTheOldContentAndRemovesItsTemporaryFile() throws Exception {
        Path target = Files.writeString(temp.resolve("classes.jsa.about"), "old");

        IOException failure = assertThrows(IOException.class, () -> AtomicWrite.replace(target, temporary -> {
            Files.writeString(temporary, "half");
            throw new IOException("disk full");
        }));

        assertEquals("disk full", failure.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("classes.jsa.about"), names());
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
