package io.github.samnative.core.makefile;

import io.github.samnative.core.SamNativeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The functions a module builds, read from its Makefile alone: what the makefile hook knows when
 * SAM's scratch copy of the module does not include template.yaml.
 */
public final class ModuleManifest {

    private ModuleManifest() {
    }

    /**
     * @return the manifest entries that have a {@code build-<LogicalId>} target in this Makefile, or
     *     empty when the Makefile does not exist or has no sam-native block
     */
    public static Optional<List<ManifestEntry>> read(Path makefile) throws SamNativeException {
        if (!Files.isRegularFile(makefile)) {
            return Optional.empty();
        }
        String text;
        try {
            text = Files.readString(makefile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SamNativeException("Cannot read " + makefile + ": " + e.getMessage(), e);
        }
        Optional<MakefileManifest> manifest = MakefileManifest.find(makefile, text);
        if (manifest.isEmpty()) {
            return Optional.empty();
        }
        Set<String> targets = MakefileTargets.defined(MakefileText.of(text).lines());
        return Optional.of(manifest.get().entries().stream()
                .filter(entry -> targets.contains("build-" + entry.logicalId()))
                .collect(Collectors.toList()));
    }
}
