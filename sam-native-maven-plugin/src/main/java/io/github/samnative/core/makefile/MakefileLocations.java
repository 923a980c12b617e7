package io.github.samnative.core.makefile;

import io.github.samnative.core.template.ServerlessFunction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which Makefile {@code sam build} runs for which functions: the one in each function's
 * {@link ServerlessFunction#makefileDirectory()} (ContextPath, else ProjectRootDirectory, else CodeUri).
 */
public final class MakefileLocations {

    public static final String MAKEFILE_NAME = "Makefile";

    private MakefileLocations() {
    }

    public static Path makefileOf(ServerlessFunction function) {
        return function.makefileDirectoryPath().resolve(MAKEFILE_NAME);
    }

    /** Makefile path → the functions whose {@code build-<LogicalId>} target belongs there, both in template order. */
    public static Map<Path, List<ServerlessFunction>> byMakefile(List<ServerlessFunction> functions) {
        Map<Path, List<ServerlessFunction>> groups = new LinkedHashMap<>();
        for (ServerlessFunction function : functions) {
            groups.computeIfAbsent(makefileOf(function), path -> new ArrayList<>()).add(function);
        }
        return groups;
    }
}
