package io.github.samnative.core.cache;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Lists what a directory holds, without following links: an entry is stored and checked exactly
 * as its builder wrote it (jlink, for one, writes relative links between its legal notices).
 */
final class ContentTree {

    private ContentTree() {}

    /** Everything under {@code root} (not root itself), sorted by path; files hashed if asked. */
    static List<ContentItem> scan(Path root, boolean withHashes) throws IOException {
        List<ContentItem> items = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(root)) {
                    items.add(new ContentItem(relative(dir), ContentItem.Kind.DIRECTORY, 0, false, null, null, null));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isSymbolicLink()) {
                    items.add(new ContentItem(relative(file), ContentItem.Kind.LINK, 0, false, null,
                            Files.readSymbolicLink(file).toString(), null));
                } else if (attrs.isRegularFile()) {
                    String digest = withHashes ? Sha256.hex(Sha256.ofFile(file)) : null;
                    items.add(new ContentItem(relative(file), ContentItem.Kind.FILE, attrs.size(),
                            isExecutable(file), digest, null, FileStamp.of(attrs).orElse(null)));
                } else {
                    throw new IOException(file + " is neither a file, a directory nor a symbolic link");
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                throw e;
            }

            private String relative(Path path) {
                return SourceTree.relativePath(root, path);
            }
        });
        Collections.sort(items);
        return items;
    }

    static boolean isExecutable(Path file) throws IOException {
        PosixFileAttributeView posix =
                Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (posix != null) {
            return posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_EXECUTE);
        }
        return Files.isExecutable(file);
    }
}
