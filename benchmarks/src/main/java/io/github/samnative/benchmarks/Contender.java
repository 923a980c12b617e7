package io.github.samnative.benchmarks;

import java.nio.file.Path;
import java.util.List;

/**
 * A runtime under test: how to start it with the no-op handler, given its own class path.
 *
 * @param name      how the results table names it
 * @param classPath its jars and the handler's, nothing else
 * @param mainClass its entry point
 * @param arguments program arguments after the main class
 */
public record Contender(String name, List<Path> classPath, String mainClass, List<String> arguments) {

    public Contender {
        classPath = List.copyOf(classPath);
        arguments = List.copyOf(arguments);
    }
}
