package io.github.samnative.archetype;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Runs Maven on generated projects as their users would, but against the local repository of the
 * integration tests, which holds the sam-native runtime, plugin and archetype of this build
 * (installed there by maven-invoker-plugin), with src/it/settings.xml.
 */
final class ChildMaven {

    private ChildMaven() {}

    static String version() {
        return required("samnative.version");
    }

    static Path itRepository() {
        return Paths.get(required("samnative.itRepo"));
    }

    /** The sam-native image cache the archetype's own integration tests use, so later builds reuse it. */
    static Path cacheDirectory() {
        return Paths.get(required("samnative.itCache"));
    }

    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("System property " + property + " is not set; run the integration tests "
                    + "through `mvn verify` (maven-failsafe-plugin sets it).");
        }
        return value;
    }

    /** A fresh directory under target/it-work, kept after the run for a look at what happened. */
    static Path workDirectory(String name) throws IOException {
        Path dir = itRepository().resolveSibling("it-work").resolve(name);
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    /** src/it/settings.xml with the builder's local repository filled in. */
    static Path settings() throws IOException {
        Path settings = itRepository().resolveSibling("it-settings.xml");
        String template = Files.readString(Paths.get(required("samnative.itSettings")), StandardCharsets.UTF_8);
        String userRepository = Paths.get(required("samnative.userRepo")).toUri().toString();
        Files.writeString(settings, template.replace("@localRepositoryUrl@", userRepository), StandardCharsets.UTF_8);
        return settings;
    }

    /** What every run needs; also what a project's .mvn/maven.config holds for runs started by make. */
    static List<String> commonArguments() throws IOException {
        return List.of("-B", "-s", settings().toString(), "-Dmaven.repo.local=" + itRepository());
    }

    /** Lets Maven runs that make starts (the Makefile's targets) find the repository under test. */
    static void configure(Path project) throws IOException {
        Path config = Files.createDirectories(project.resolve(".mvn")).resolve("maven.config");
        Files.writeString(config, String.join("\n", commonArguments()) + "\n", StandardCharsets.UTF_8);
    }

    static ChildProcess.Result mvn(Path directory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(required("maven.home"), "bin", "mvn").toString());
        command.addAll(commonArguments());
        command.addAll(List.of(arguments));
        return ChildProcess.run(command, directory, Map.of());
    }

    /** The PATH of the tests' process with this Maven first, for make targets that call `mvn`. */
    static String pathWithMaven() {
        return Paths.get(required("maven.home"), "bin") + File.pathSeparator + System.getenv().getOrDefault("PATH", "");
    }
}
