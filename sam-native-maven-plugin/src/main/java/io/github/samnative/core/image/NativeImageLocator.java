package io.github.samnative.core.image;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.process.SystemEnvironment;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds GraalVM's native-image: GRAALVM_HOME, then JAVA_HOME, then PATH, as native-maven-plugin does. */
public final class NativeImageLocator {

    private static final String EXECUTABLE = "native-image";

    private final SystemEnvironment environment;

    public NativeImageLocator(SystemEnvironment environment) {
        this.environment = environment;
    }

    public Path locate() throws SamNativeException {
        List<String> looked = new ArrayList<>();
        Optional<Path> found = inHome("GRAALVM_HOME", looked)
                .or(() -> inHome("JAVA_HOME", looked))
                .or(() -> onPath(looked));
        if (found.isPresent()) {
            return found.get();
        }
        throw new SamNativeException("No native-image found for a native build. Looked in: " + String.join("; ", looked)
                + ". Install GraalVM (25 or later) and set GRAALVM_HOME to it, or build without GraalVM with "
                + "-Dsam-native.mode=jvm (a jlink-ed Java runtime instead of a native image).");
    }

    private Optional<Path> inHome(String variable, List<String> looked) {
        Optional<String> home = environment.find(variable);
        if (home.isEmpty()) {
            looked.add(variable + " (not set)");
            return Optional.empty();
        }
        Path candidate = Paths.get(home.get(), "bin", EXECUTABLE);
        looked.add(variable + "=" + home.get() + " (no " + Paths.get("bin", EXECUTABLE) + ")");
        return executable(candidate);
    }

    private Optional<Path> onPath(List<String> looked) {
        Optional<String> path = environment.find("PATH");
        looked.add("PATH" + path.map(p -> "=" + p).orElse(" (not set)"));
        if (path.isEmpty()) {
            return Optional.empty();
        }
        for (String dir : path.get().split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Optional<Path> candidate = executable(Paths.get(dir, EXECUTABLE));
                if (candidate.isPresent()) {
                    return candidate;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> executable(Path candidate) {
        return Files.isRegularFile(candidate) && Files.isExecutable(candidate)
                ? Optional.of(candidate.toAbsolutePath())
                : Optional.empty();
    }
}
