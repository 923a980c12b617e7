package io.github.samnative.core.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The project being built, as the build tool sees it.
 *
 * @param projectDirectory the module's directory (where its pom.xml and Makefile are)
 * @param keyFiles         build files outside {@code src/main} that change the result, by name,
 *                         such as a parent POM resolved from elsewhere
 * @param dependencyCoordinates names for {@link ProjectClasspath#dependencies()}, same order
 * @param workDirectory    scratch space of this build (generated sources, argument files)
 */
public record BuildInputs(
        Path projectDirectory,
        ProjectClasspath classpath,
        List<String> dependencyCoordinates,
        Map<String, Path> keyFiles,
        Path workDirectory) {

    public BuildInputs {
        dependencyCoordinates = List.copyOf(dependencyCoordinates);
        keyFiles = Map.copyOf(keyFiles);
        if (dependencyCoordinates.size() != classpath.dependencies().size()) {
            throw new IllegalArgumentException("one coordinate per dependency");
        }
    }
}
