package io.github.samnative.archetype;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Properties;
import java.util.Set;

/**
 * A project that archetype:integration-test generated from src/it/projects/&lt;variant&gt;
 * (and then built with that variant's goal.txt), before the failsafe tests run in the same phase.
 */
record GeneratedProject(String variant, Path directory, Properties properties) {

    static GeneratedProject of(String variant) throws IOException {
        Path variantDirectory = Paths.get(ChildMaven.required("samnative.generatedProjects")).resolve(variant);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(variantDirectory.resolve("archetype.properties"))) {
            properties.load(reader);
        }
        Path directory = variantDirectory.resolve("project").resolve(properties.getProperty("artifactId"));
        if (!Files.isRegularFile(directory.resolve("pom.xml"))) {
            throw new IllegalStateException("No generated project in " + directory + ": archetype:integration-test "
                    + "generates it earlier in the integration-test phase of `mvn verify`. Was it skipped (archetype.test.skip)?");
        }
        return new GeneratedProject(variant, directory, properties);
    }

    String packageName() {
        return properties.getProperty("package");
    }

    Path template() {
        return directory.resolve("template.yaml");
    }

    /** What the Maven run of goal.txt printed. */
    String buildLog() throws IOException {
        return Files.readString(directory.resolve("build.log"));
    }

    /** Copies the project's sources as a fresh checkout has them: no build output, no Maven log. */
    Path copySourcesTo(Path target) throws IOException {
        copyTree(directory, target, Set.of("target", ".aws-sam", "build.log"));
        return target;
    }

    /** Copies a tree, skipping files and directories with these names at any depth. */
    static void copyTree(Path source, Path target, Set<String> skipped) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(source) && skipped.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(target.resolve(source.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!skipped.contains(file.getFileName().toString())) {
                    Files.copy(file, target.resolve(source.relativize(file).toString()),
                            StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
