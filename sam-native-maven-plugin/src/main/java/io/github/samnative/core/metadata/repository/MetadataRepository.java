package io.github.samnative.core.metadata.repository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.samnative.core.SamNativeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * An extracted GraalVM reachability metadata repository: the top-level {@code index.json} names the
 * directory of each module, whose own {@code index.json} lists one entry per metadata directory with
 * the library versions it fits.
 */
public final class MetadataRepository {

    private static final String INDEX = "index.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final Map<String, String> moduleDirectories;

    private MetadataRepository(Path root, Map<String, String> moduleDirectories) {
        this.root = root;
        this.moduleDirectories = moduleDirectories;
    }

    /** Reads the repository's top-level index at {@code root}. */
    public static MetadataRepository open(Path root) throws SamNativeException {
        Map<String, String> directories = new HashMap<>();
        for (JsonNode entry : readArray(root.resolve(INDEX))) {
            // A module without a directory only groups others (its "requires"); it has no files itself.
            if (entry.hasNonNull("module") && entry.hasNonNull("directory")) {
                directories.put(entry.get("module").asText(), entry.get("directory").asText());
            }
        }
        return new MetadataRepository(root, directories);
    }

    public Path root() {
        return root;
    }

    /** The metadata directory for each dependency that has one, in the dependencies' order. */
    public List<Selected> select(List<Coordinates> dependencies) throws SamNativeException {
        List<Selected> selected = new ArrayList<>();
        for (Coordinates dependency : dependencies) {
            select(dependency).ifPresent(selected::add);
        }
        return selected;
    }

    public Optional<Selected> select(Coordinates dependency) throws SamNativeException {
        String moduleDirectory = moduleDirectories.get(dependency.module());
        if (moduleDirectory == null) {
            return Optional.empty();
        }
        Path index = root.resolve(moduleDirectory).resolve(INDEX);
        List<JsonNode> entries = new ArrayList<>();
        readArray(index).forEach(entries::add);
        if (entries.stream().anyMatch(e -> skips(e, dependency.version()))) {
            return Optional.empty();
        }
        Optional<Selected> chosen = first(entries, dependency, moduleDirectory, index, SelectionReason.EXACT);
        for (SelectionReason reason : List.of(SelectionReason.TESTED, SelectionReason.DEFAULT_FOR, SelectionReason.LATEST)) {
            if (chosen.isEmpty()) {
                chosen = first(entries, dependency, moduleDirectory, index, reason);
            }
        }
        return chosen;
    }

    private Optional<Selected> first(List<JsonNode> entries, Coordinates dependency, String moduleDirectory, Path index,
                                     SelectionReason reason) throws SamNativeException {
        for (JsonNode entry : entries) {
            if (!entry.hasNonNull("metadata-version") || !matches(entry, dependency.version(), reason, index)) {
                continue;
            }
            String metadataVersion = entry.get("metadata-version").asText();
            String relative = moduleDirectory + "/" + metadataVersion;
            Path directory = root.resolve(moduleDirectory).resolve(metadataVersion);
            if (!Files.isDirectory(directory)) {
                throw new SamNativeException(index + " names metadata-version " + metadataVersion + " for "
                        + dependency.module() + ", but " + directory + " does not exist. The extracted repository is "
                        + "damaged: delete " + root + " and build again, or set -Dsam-native.metadataRepository=false.");
            }
            return Optional.of(new Selected(dependency, directory, relative, metadataVersion, reason,
                    entry.path("override").asBoolean(false)));
        }
        return Optional.empty();
    }

    private static boolean matches(JsonNode entry, String version, SelectionReason reason, Path index)
            throws SamNativeException {
        switch (reason) {
            case EXACT:
                return version.equals(entry.get("metadata-version").asText());
            case TESTED:
                for (JsonNode tested : entry.path("tested-versions")) {
                    if (version.equals(tested.asText())) {
                        return true;
                    }
                }
                return false;
            case DEFAULT_FOR:
                if (!entry.hasNonNull("default-for")) {
                    return false;
                }
                String pattern = entry.get("default-for").asText();
                try {
                    return Pattern.compile(pattern).matcher(version).matches();
                } catch (PatternSyntaxException e) {
                    throw new SamNativeException(index + " has a default-for that is not a regular expression ('"
                            + pattern + "'): " + e.getDescription() + ". Use another -Dsam-native.metadataRepositoryVersion "
                            + "or set -Dsam-native.metadataRepository=false.", e);
                }
            case LATEST:
                return entry.path("latest").asBoolean(false);
            default:
                throw new IllegalStateException(reason.name());
        }
    }

    /** The repository declares some versions unusable with its metadata (e.g. a jar whose own config breaks). */
    private static boolean skips(JsonNode entry, String version) {
        for (JsonNode skipped : entry.path("skipped-versions")) {
            if (version.equals(skipped.path("version").asText())) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode readArray(Path file) throws SamNativeException {
        JsonNode node;
        try {
            node = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new SamNativeException("Cannot read the reachability metadata index " + file + ": " + e.getMessage()
                    + ". Delete the extracted repository so it is extracted again, or set "
                    + "-Dsam-native.metadataRepository=false.", e);
        }
        if (node == null || !node.isArray()) {
            throw new SamNativeException("The reachability metadata index " + file + " is not a JSON array. "
                    + "Delete the extracted repository so it is extracted again, or set -Dsam-native.metadataRepository=false.");
        }
        return node;
    }
}
