package io.github.samnative.core.image;

import java.nio.file.Path;
import java.util.List;

/**
 * What goes into the executable.
 *
 * @param classpath   the project's classes, the generated handler table and reachability
 *                    metadata, then the runtime dependency jars, in class-path order
 * @param mainClass   the generated main that passes the handler table to the runtime
 * @param workDirectory a directory for the builder's own files (argument files, logs)
 */
public record ImageInputs(List<Path> classpath, String mainClass, Path workDirectory) {

    public ImageInputs {
        classpath = List.copyOf(classpath);
    }
}
