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
 * @param metadataDirectories reachability metadata for third-party libraries, from the GraalVM
 *                    reachability metadata repository (directories of {@code reflect-config.json},
 *                    {@code reachability-metadata.json}, ...); native builds only
 */
public record ImageInputs(List<Path> classpath, String mainClass, Path workDirectory, List<Path> metadataDirectories) {

    public ImageInputs {
        classpath = List.copyOf(classpath);
        metadataDirectories = List.copyOf(metadataDirectories);
    }

    public ImageInputs(List<Path> classpath, String mainClass, Path workDirectory) {
        this(classpath, mainClass, workDirectory, List.of());
    }
}
