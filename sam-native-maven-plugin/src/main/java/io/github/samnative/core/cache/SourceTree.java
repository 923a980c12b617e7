package io.github.samnative.core.cache;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The regular files of a directory tree, keyed by their '/'-separated path relative to the root and
 * sorted, so that two copies of one tree list the same names in the same order wherever they live.
 *
 * <p>Symbolic links are followed, because SAM's scratch copy follows them too: a linked file and
 * its copy must count as the same input.
 */
public final class SourceTree {

    private SourceTree() {}

    /**
     * @param include decides on each regular file by its relative path
     * @param excludedDirectoryNames directories with one of these names are skipped at every depth
     */
    static SortedMap<String, Path> files(Path root, Predicate<String> include, Set<String> excludedDirectoryNames)
            throws IOException {
        SortedMap<String, Path> files = new TreeMap<>();
        for (String relative : attributes(root, include, excludedDirectoryNames).keySet()) {
            files.put(relative, root.resolve(relative));
        }
        return files;
    }

    /** The same files as {@link #files}, with what the file system says of each (of the link's target). */
    public static SortedMap<String, BasicFileAttributes> attributes(Path root, Predicate<String> include,
            Set<String> excludedDirectoryNames) throws IOException {
        SortedMap<String, BasicFileAttributes> files = new TreeMap<>();
        walk(root, include, excludedDirectoryNames, files);
        return files;
    }

    private static void walk(Path root, Predicate<String> include, Set<String> excludedDirectoryNames,
            SortedMap<String, BasicFileAttributes> files) throws IOException {
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (!dir.equals(root) && excludedDirectoryNames.contains(dir.getFileName().toString())) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        if (attrs.isSymbolicLink()) {
                            // Only a link whose target is gone is reported as a link while following links.
                            throw new IOException("the symbolic link " + file + " points to "
                                    + Files.readSymbolicLink(file) + ", which does not exist");
                        }
                        String relative = relativePath(root, file);
                        if (attrs.isRegularFile() && include.test(relative)) {
                            files.put(relative, attrs);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                        throw e;
                    }
                });
    }

    static String relativePath(Path root, Path file) {
        StringBuilder path = new StringBuilder();
        for (Path part : root.relativize(file)) {
            if (path.length() > 0) {
                path.append('/');
            }
            path.append(part);
        }
        return path.toString();
    }
}
