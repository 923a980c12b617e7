package io.github.samnative.core.metadata.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.samnative.core.SamNativeException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryArchiveTest {

    @TempDir
    Path dir;

    private Path zip(Map<String, String> files) throws Exception {
        Path zip = dir.resolve("repository.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Map.Entry<String, String> entry : files.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void extractsOncePerVersionAndSelectsFromTheExtraction() throws Exception {
        Path zip = zip(Map.of(
                "index.json", "[{\"module\": \"com.acme:db\", \"directory\": \"com.acme/db\"}]",
                "com.acme/db/index.json", "[{\"module\": \"com.acme:db\", \"metadata-version\": \"4.0\", \"latest\": true}]",
                "com.acme/db/4.0/reflect-config.json", "[]"));
        Path cache = dir.resolve("cache");
        MetadataRepository repository = new RepositoryArchive("9.9.9", zip).open(cache);
        Selected selected = repository.select(Coordinates.parse("com.acme:db:4.0")).orElseThrow();
        assertEquals(cache.resolve("9.9.9/com.acme/db/4.0"), selected.directory());
        assertEquals("[]", Files.readString(selected.directory().resolve("reflect-config.json")));

        // The same version is not extracted again: a second zip of that version is never read.
        Files.delete(zip);
        assertEquals(cache.resolve("9.9.9"), new RepositoryArchive("9.9.9", zip).open(cache).root());
        try (var leftovers = Files.list(cache)) {
            assertEquals(List.of(cache.resolve("9.9.9")), leftovers.toList());
        }
    }

    @Test
    void refusesAZipThatIsNotARepository() throws Exception {
        Path zip = zip(Map.of("readme.txt", "hello"));
        SamNativeException e = assertThrows(SamNativeException.class,
                () -> new RepositoryArchive("1.0", zip).open(dir.resolve("cache")));
        assertTrue(e.getMessage().contains("has no top-level index.json"), e.getMessage());
        try (var leftovers = Files.list(dir.resolve("cache"))) {
            assertEquals(0, leftovers.count(), "no staging directory is left behind");
        }
    }

    @Test
    void refusesEntriesOutsideTheRoot() throws Exception {
        Path zip = zip(Map.of("../evil.json", "[]"));
        SamNativeException e = assertThrows(SamNativeException.class,
                () -> new RepositoryArchive("1.0", zip).open(dir.resolve("cache")));
        assertTrue(e.getMessage().contains("holds an entry outside its root (../evil.json)"), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("evil.json")));
    }

    /** The published repository, when a build has already downloaded it into the local Maven repository. */
    @Test
    void selectsJacksonDatabindFromTheRealRepository() throws Exception {
        String version = "0.11.5";
        Path zip = Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "graalvm", "buildtools",
                "graalvm-reachability-metadata", version, "graalvm-reachability-metadata-" + version + "-repository.zip");
        Assumptions.assumeTrue(Files.isRegularFile(zip), "no " + zip);
        MetadataRepository repository = new RepositoryArchive(version, zip).open(dir.resolve("cache"));
        Selected tested = repository.select(Coordinates.parse("com.fasterxml.jackson.core:jackson-databind:jar:2.17.2"))
                .orElseThrow();
        assertEquals("com.fasterxml.jackson.core/jackson-databind/2.15.2", tested.relativeDirectory());
        assertEquals(SelectionReason.TESTED, tested.reason());
        assertTrue(Files.isRegularFile(tested.directory().resolve("reflect-config.json")));
        assertTrue(repository.select(Coordinates.parse("io.github.samnative:sam-native-runtime:0.1.0-SNAPSHOT")).isEmpty());
    }
}
