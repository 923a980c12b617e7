package io.github.samnative.core.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Small file trees for the cache tests. */
final class TestTrees {

    private TestTrees() {}

    /** A minimal Maven project: a pom, one source and one resource. */
    static Path project(Path root) throws IOException {
        write(root.resolve("pom.xml"), "<project><artifactId>demo</artifactId></project>\n");
        write(root.resolve("src/main/java/demo/Handler.java"), "package demo; class Handler {}\n");
        write(root.resolve("src/main/resources/app.properties"), "greeting=hello\n");
        return root;
    }

    static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    /** Copies a tree keeping file modification times, like SAM's scratch copy. */
    static void copy(Path from, Path to) throws IOException {
        for (Path source : list(from)) {
            Path target = to.resolve(from.relativize(source).toString());
            if (Files.isSymbolicLink(source)) {
                Files.createDirectories(target.getParent());
                Files.createSymbolicLink(target, Files.readSymbolicLink(source));
            } else if (Files.isDirectory(source)) {
                Files.createDirectories(target);
            } else {
                Files.createDirectories(target.getParent());
                Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    static void setAllMtimes(Path root, Instant time) throws IOException {
        for (Path path : list(root)) {
            if (!Files.isSymbolicLink(path)) {
                Files.setLastModifiedTime(path, FileTime.from(time));
            }
        }
    }

    /** Everything under root, root first, without following links. */
    static List<Path> list(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> Files.exists(path, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
    }
}
