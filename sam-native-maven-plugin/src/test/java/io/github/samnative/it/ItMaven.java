package io.github.samnative.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs real Maven on fixture projects (also the sample's end-to-end test), against a local repository that holds the plugin and the
 * runtime under test (installed by maven-invoker-plugin) and falls back to the user's repository.
 */
public final class ItMaven {

    /** What a Maven run printed and how it ended. */
    public record Result(int exitCode, String output) {
        public boolean succeeded() {
            return exitCode == 0;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n" + output;
        }
    }

    private ItMaven() {}

    public static String version() {
        return required("samnative.version");
    }

    public static Path mavenHome() {
        return Paths.get(required("maven.home"));
    }

    public static Path itRepository() {
        return Paths.get(required("samnative.itRepo"));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("System property " + property + " is not set; run integration tests "
                    + "through `mvn verify` (maven-failsafe-plugin sets it).");
        }
        return value;
    }

    /** A fresh directory under target/it-work, kept after the run for a look at what happened. */
    public static Path workDirectory(String name) throws IOException {
        Path dir = itRepository().resolveSibling("it-work").resolve(name);
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    /**
     * Settings that let a fixture resolve released artifacts from the user's local repository
     * before Maven Central, so the integration tests download almost nothing.
     */
    public static Path settings() throws IOException {
        Path settings = itRepository().resolveSibling("it-settings.xml");
        String userRepo = Paths.get(required("samnative.userRepo")).toUri().toString();
        String repository = "<id>user-local</id><url>" + userRepo + "</url>"
                + "<releases><enabled>true</enabled></releases><snapshots><enabled>false</enabled></snapshots>";
        Files.writeString(settings, "<settings><profiles><profile><id>it</id>"
                + "<activation><activeByDefault>true</activeByDefault></activation>"
                + "<repositories><repository>" + repository + "</repository></repositories>"
                + "<pluginRepositories><pluginRepository>" + repository + "</pluginRepository></pluginRepositories>"
                + "</profile></profiles></settings>\n", StandardCharsets.UTF_8);
        return settings;
    }

    /** The arguments every run needs, also written to .mvn/maven.config for runs started by make. */
    public static List<String> commonArguments() throws IOException {
        return List.of("-B", "-s", settings().toString(), "-Dmaven.repo.local=" + itRepository());
    }

    /** Copies a fixture from src/it/projects, with the version under test filled in. */
    public static Path copyFixture(String name, Path target) throws IOException {
        Path source = Paths.get(required("samnative.fixtures")).resolve(name);
        copyTree(source, target, Set.of());
        Path pom = target.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("@samnative.version@", version()));
        Path config = Files.createDirectories(target.resolve(".mvn")).resolve("maven.config");
        Files.writeString(config, String.join("\n", commonArguments()) + "\n");
        return target;
    }

    /** Copies a tree as SAM does for a makefile build: everything but .aws-sam and .git. */
    public static void copyTree(Path source, Path target, Set<String> skippedDirectories) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(source) && skippedDirectories.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(target.resolve(source.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, target.resolve(source.relativize(file).toString()),
                        StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    public static Result mvn(Path project, String... arguments) throws IOException, InterruptedException {
        return mvn(project, Map.of(), arguments);
    }

    public static Result mvn(Path project, Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(mavenHome().resolve("bin").resolve("mvn").toString());
        command.addAll(List.of(arguments));
        return run(command, project, environment);
    }

    public static Result run(List<String> command, Path directory, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("it-run", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("PATH", mavenHome().resolve("bin") + ":" + builder.environment().getOrDefault("PATH", ""));
        Process process = builder.start();
        try {
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                throw new AssertionError(command + " did not finish in 15 minutes:\n" + Files.readString(log));
            }
            return new Result(process.exitValue(), Files.readString(log));
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }
}
