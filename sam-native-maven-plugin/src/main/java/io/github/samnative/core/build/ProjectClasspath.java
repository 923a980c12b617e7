package io.github.samnative.core.build;

import java.nio.file.Path;
import java.util.List;

/**
 * The compiled project as the build tool resolved it.
 *
 * @param classesDirectory the project's compiled classes and resources
 * @param dependencies     the runtime dependency jars, in class-path order
 */
public record ProjectClasspath(Path classesDirectory, List<Path> dependencies) {

    public ProjectClasspath {
        dependencies = List.copyOf(dependencies);
    }
}
