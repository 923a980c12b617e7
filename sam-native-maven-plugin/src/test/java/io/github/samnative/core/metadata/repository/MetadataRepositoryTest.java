package io.github.samnative.core.metadata.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.samnative.core.SamNativeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Selection over a small repository written here, laid out as the published one is. */
class MetadataRepositoryTest {

    @TempDir
    Path root;

    private MetadataRepository repository;

    @BeforeEach
    void writeRepository() throws Exception {
        write("index.json", "["
                + "{\"module\": \"com.acme:json\", \"directory\": \"com.acme/json\"},"
                + "{\"module\": \"com.acme:db\", \"directory\": \"com.acme/db\"},"
                + "{\"module\": \"org.other:shared\", \"directory\": \"org.other/shared-metadata\"},"
                + "{\"module\": \"com.acme:bundle\", \"requires\": [\"com.acme:json\"]},"
                + "{\"module\": \"com.acme:gone\", \"directory\": \"com.acme/gone\"}"
                + "]");
        write("com.acme/json/index.json", "["
                + "{\"latest\": true, \"override\": true, \"module\": \"com.acme:json\", \"metadata-version\": \"2.15.2\","
                + " \"tested-versions\": [\"2.15.2\", \"2.16.0\", \"2.17.1\"]},"
                + "{\"module\": \"com.acme:json\", \"metadata-version\": \"2.10.0\","
                + " \"tested-versions\": [\"2.10.0\", \"2.11.0\"], \"default-for\": \"2\\\\.1[0-4]\\\\..*\"},"
                + "{\"module\": \"com.acme:json\", \"metadata-version\": \"1.9.0\", \"default-for\": \"1\\\\..*\","
                + " \"skipped-versions\": [{\"version\": \"1.9.5\", \"reason\": \"ships broken config\"}]}"
                + "]");
        Files.createDirectories(root.resolve("com.acme/json/2.15.2"));
        Files.createDirectories(root.resolve("com.acme/json/2.10.0"));
        Files.createDirectories(root.resolve("com.acme/json/1.9.0"));
        write("com.acme/db/index.json", "["
                + "{\"module\": \"com.acme:db\", \"metadata-version\": \"4.0\", \"tested-versions\": [\"4.0\", \"4.1\"]}"
                + "]");
        Files.createDirectories(root.resolve("com.acme/db/4.0"));
        write("org.other/shared-metadata/index.json", "["
                + "{\"latest\": true, \"module\": \"org.other:shared\", \"metadata-version\": \"3.0.0\"}"
                + "]");
        Files.createDirectories(root.resolve("org.other/shared-metadata/3.0.0"));
        write("com.acme/gone/index.json", "[{\"latest\": true, \"module\": \"com.acme:gone\", \"metadata-version\": \"1.0\"}]");
        repository = MetadataRepository.open(root);
    }

    private void write(String path, String content) throws Exception {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), content);
    }

    private String choose(String coordinates) throws SamNativeException {
        return repository.select(Coordinates.parse(coordinates))
                .map(s -> s.relativeDirectory() + " " + s.reason()).orElse("none");
    }

    @Test
    void anExactMetadataVersionWinsOverEveryOtherRule() throws Exception {
        // 2.10.0 is also tested by nothing else, but 2.15.2 is the latest: exact beats latest.
        assertEquals("com.acme/json/2.10.0 EXACT", choose("com.acme:json:2.10.0"));
        assertEquals("com.acme/json/2.15.2 EXACT", choose("com.acme:json:2.15.2"));
    }

    @Test
    void aTestedVersionUsesTheDirectoryThatListsIt() throws Exception {
        assertEquals("com.acme/json/2.15.2 TESTED", choose("com.acme:json:2.17.1"));
        assertEquals("com.acme/json/2.10.0 TESTED", choose("com.acme:json:2.11.0"));
        assertEquals("com.acme/db/4.0 TESTED", choose("com.acme:db:4.1"));
    }

    @Test
    void anUntestedVersionMatchingADefaultForPatternUsesThatDirectory() throws Exception {
        assertEquals("com.acme/json/2.10.0 DEFAULT_FOR", choose("com.acme:json:2.13.4"));
        assertEquals("com.acme/json/1.9.0 DEFAULT_FOR", choose("com.acme:json:1.2.3"));
    }

    @Test
    void otherwiseTheLatestDirectory() throws Exception {
        assertEquals("com.acme/json/2.15.2 LATEST", choose("com.acme:json:3.0.0"));
        // The default-for pattern must match the whole version, not a part of it.
        assertEquals("com.acme/json/2.15.2 LATEST", choose("com.acme:json:12.1.0"));
    }

    @Test
    void aModuleWithoutLatestOrAMatchHasNoMetadata() throws Exception {
        assertEquals("none", choose("com.acme:db:5.0"));
    }

    @Test
    void aSkippedVersionHasNoMetadataEvenWhenAPatternMatches() throws Exception {
        assertEquals("none", choose("com.acme:json:1.9.5"));
    }

    @Test
    void unknownModulesAndModulesWithoutADirectoryHaveNoMetadata() throws Exception {
        assertEquals("none", choose("com.acme:unknown:1.0"));
        assertEquals("none", choose("com.acme:bundle:1.0"));
    }

    @Test
    void theTopLevelIndexNamesTheModulesDirectory() throws Exception {
        Selected selected = repository.select(Coordinates.parse("org.other:shared:3.1")).orElseThrow();
        assertEquals(root.resolve("org.other/shared-metadata/3.0.0"), selected.directory());
        assertEquals("3.0.0", selected.metadataVersion());
    }

    @Test
    void selectsForAListInItsOrderSkippingLibrariesWithoutMetadata() throws Exception {
        List<Selected> selected = repository.select(List.of(
                Coordinates.parse("com.acme:db:jar:4.0"),
                Coordinates.parse("com.acme:unknown:jar:1.0"),
                Coordinates.parse("com.acme:json:jar:2.16.0")));
        assertEquals(List.of("com.acme:db:4.0 com.acme/db/4.0 EXACT false", "com.acme:json:2.16.0 com.acme/json/2.15.2 TESTED true"),
                selected.stream().map(s -> s.dependency() + " " + s.relativeDirectory() + " " + s.reason() + " " + s.override())
                        .collect(Collectors.toList()));
    }

    @Test
    void describesTheChoiceForTheProgressLine() throws Exception {
        assertEquals("Using reachability metadata for com.acme:db:4.0 (com.acme/db/4.0)",
                repository.select(Coordinates.parse("com.acme:db:4.0")).orElseThrow().describe());
        assertEquals("Using reachability metadata for com.acme:json:3.0.0 (com.acme/json/2.15.2, latest; 3.0.0 is untested)",
                repository.select(Coordinates.parse("com.acme:json:3.0.0")).orElseThrow().describe());
    }

    @Test
    void aMissingMetadataDirectoryIsReportedAsADamagedRepository() {
        SamNativeException e = assertThrows(SamNativeException.class, () -> choose("com.acme:gone:1.0"));
        assertTrue(e.getMessage().contains("names metadata-version 1.0 for com.acme:gone"), e.getMessage());
        assertTrue(e.getMessage().contains("-Dsam-native.metadataRepository=false"), e.getMessage());
    }

    @Test
    void anUnreadableIndexNamesTheFile() throws Exception {
        write("com.acme/db/index.json", "{not json");
        SamNativeException e = assertThrows(SamNativeException.class, () -> choose("com.acme:db:4.0"));
        assertTrue(e.getMessage().startsWith("Cannot read the reachability metadata index " + root.resolve("com.acme/db/index.json")),
                e.getMessage());
    }
}
