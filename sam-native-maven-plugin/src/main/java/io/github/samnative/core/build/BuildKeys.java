package io.github.samnative.core.build;

import io.github.samnative.core.PluginVersion;
import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.cache.CacheKey;
import io.github.samnative.core.metadata.repository.RepositoryArchive;
import io.github.samnative.core.metadata.repository.Selected;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a build's result depends on. Sources are hashed by content (src/main and pom.xml), never
 * by path or mtime, so that SAM's scratch copies of one tree share one key.
 */
final class BuildKeys {

    private BuildKeys() {}

    /**
     * @param metadata the reachability metadata chosen from the repository: a released repository
     *                 never changes, so its version and the chosen directories stand for the content
     */
    static CacheKey of(BuildInputs inputs, List<FunctionTarget> targets, BuildSettings settings, String toolIdentity,
                       List<Selected> metadata) throws SamNativeException {
        CacheKey.Builder key = CacheKey.builder()
                .addTree(inputs.projectDirectory(), path -> path.equals("pom.xml") || path.startsWith("src/main/"));
        for (Map.Entry<String, Path> file : inputs.keyFiles().entrySet()) {
            key.addFile(file.getKey(), file.getValue());
        }
        List<Path> dependencies = inputs.classpath().dependencies();
        for (int i = 0; i < dependencies.size(); i++) {
            key.addDependency(inputs.dependencyCoordinates().get(i), dependencies.get(i));
        }
        return key
                .addParameter("sam-native", PluginVersion.identity())
                .addParameter("mode", settings.mode().id())
                .addParameter("tool", toolIdentity)
                .addParameter("march", settings.nativeOptions().march())
                .addParameter("strict", Boolean.toString(settings.nativeOptions().strictMetadata()))
                .addParameter("buildArgs", settings.nativeOptions().extraArgs())
                .addParameter("jvmModules", settings.jvmModules())
                .addParameter("reachabilityMetadata", metadata.stream()
                        .map(m -> m.dependency() + "=" + settings.metadataRepository().map(RepositoryArchive::version).orElse("")
                                + "/" + m.relativeDirectory())
                        .collect(Collectors.toList()))
                .addParameter("functions", targets.stream()
                        .map(t -> t.logicalId() + "=" + t.handler() + "@" + t.architecture().templateName())
                        .sorted().collect(Collectors.toList()))
                .build();
    }
}
