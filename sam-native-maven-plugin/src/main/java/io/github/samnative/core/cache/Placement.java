package io.github.samnative.core.cache;

import io.github.samnative.core.FileTrees;
import io.github.samnative.core.SamNativeException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Copies a build output (a cache entry's content) into a function's artifacts directory, the
 * {@code ARTIFACTS_DIR} SAM zips and deploys.
 *
 * <ul>
 *   <li>Copies, except files the caller names as never edited per function (a jvm-mode bootstrap's
 *       Java runtime, nearly all of its bytes): those are hard-linked to the cache's file when both
 *       are on one file system, since eight functions would otherwise mean eight copies of the same
 *       80 MB. Everything else is copied, because SAM zips the directory and users may edit it, and
 *       an edit must not reach into the cache. Should a linked file still be written to in place,
 *       its changed modification time makes the cache hash the entry again, find the difference and
 *       build anew; an edit is never silently reused.
 *   <li>Each file is written under a temporary name and renamed into place (a hard link where none
 *       is in the way is made at its name at once: it appears whole), and the top-level
 *       {@code bootstrap} comes last, so whoever sees a {@code bootstrap} sees a whole one with
 *       everything it needs beside it.
 *   <li>Permissions are set, not inherited from the umask: 0755 for files that were executable
 *       and for the top-level {@code bootstrap} (Lambda refuses to start it otherwise), 0644 for
 *       the rest.
 *   <li>Files of the same name are overwritten; other files already in the directory are left
 *       alone, since the directory may be one the user chose and its other contents are not ours.
 * </ul>
 */
public final class Placement {

    static final String BOOTSTRAP = "bootstrap";

    private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> REGULAR = PosixFilePermissions.fromString("rw-r--r--");

    private Placement() {}

    /** Copies the content of an open entry; see {@link #copy(Path, Path, Predicate)}. */
    public static List<String> copy(CacheEntry entry, Path artifactsDirectory, Predicate<String> linkable)
            throws SamNativeException {
        return copy(entry.directory(), entry.verifiedContents(), artifactsDirectory, linkable);
    }

    /**
     * Copies everything under {@code source} into {@code artifactsDirectory}, creating it if needed.
     *
     * @param linkable which files (by '/'-separated relative path) may be hard-linked instead
     * @return the '/'-separated relative paths written, in the order they were written
     */
    public static List<String> copy(Path source, Path artifactsDirectory, Predicate<String> linkable)
            throws SamNativeException {
        return copy(source, Optional.empty(), artifactsDirectory, linkable);
    }

    /** @param listed what {@code source} holds, sorted by path, if known; otherwise it is listed here */
    private static List<String> copy(Path source, Optional<List<ContentItem>> listed, Path artifactsDirectory,
            Predicate<String> linkable) throws SamNativeException {
        try {
            if (Files.exists(artifactsDirectory) && !Files.isDirectory(artifactsDirectory)) {
                throw new SamNativeException("Cannot place the bootstrap: the artifacts directory "
                        + artifactsDirectory + " is a file. Delete it or set ARTIFACTS_DIR to a directory.");
            }
            Files.createDirectories(artifactsDirectory);
            // Sorted by path, every directory before its contents; bootstrap goes last.
            List<ContentItem> items = new ArrayList<>(listed.isPresent() ? listed.get()
                    : ContentTree.scan(source, false));
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).path().equals(BOOTSTRAP)) {
                    items.add(items.remove(i));
                    break;
                }
            }
            List<String> written = new ArrayList<>();
            boolean linking = true;
            for (ContentItem item : items) {
                Path from = source.resolve(item.path());
                Path to = artifactsDirectory.resolve(item.path());
                if (linking && item.kind() == ContentItem.Kind.FILE && linkable.test(item.path())) {
                    linking = link(item, from, to);
                    if (linking) {
                        written.add(item.path());
                        continue;
                    }
                }
                place(item, from, to);
                written.add(item.path());
            }
            return written;
        } catch (IOException e) {
            throw new SamNativeException("Cannot copy the bootstrap from " + source + " into " + artifactsDirectory
                    + ": " + e + ". Check free space and permissions of the artifacts directory.", e);
        }
    }

    private static void place(ContentItem item, Path from, Path to) throws IOException {
        switch (item.kind()) {
            case DIRECTORY -> {
                if (!Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) {
                    FileTrees.delete(to);
                    Files.createDirectory(to);
                }
                setPermissions(to, EXECUTABLE);
            }
            case FILE -> replace(to, Write.COPY, item, from);
            case LINK -> replace(to, Write.SYMBOLIC_LINK, item, from);
        }
    }

    /**
     * False when the file system cannot link here (another device, no hard links): then copy. The
     * permissions are set as for a copy: they are the shared file's, and the same for every function.
     */
    private static boolean link(ContentItem item, Path from, Path to) throws IOException {
        try {
            if (linkIfAbsent(from, to)) {
                setPermissions(to, linkedPermissions(item));
                return true;
            }
            replace(to, Write.HARD_LINK, item, from);
            return true;
        } catch (FileSystemException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static Set<PosixFilePermission> linkedPermissions(ContentItem item) {
        return item.executable() ? EXECUTABLE : REGULAR;
    }

    /**
     * The common case, a fresh {@code ARTIFACTS_DIR}: a link appears whole or not at all, so it
     * needs no temporary name, and a runtime of over a hundred files is placed with two file-system
     * calls per file instead of five. False when something is in the way: {@link #replace} deals with it.
     */
    private static boolean linkIfAbsent(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        }
    }

    /**
     * How {@link #replace} writes an item under its temporary name. Constants rather than lambdas:
     * the Makefile shortcut's short-lived JVM would link each lambda's call site (see
     * {@code ShortcutCallFootprintTest}).
     */
    private enum Write {
        COPY {
            @Override
            void to(Path temporary, ContentItem item, Path from) throws IOException {
                Files.copy(from, temporary, LinkOption.NOFOLLOW_LINKS);
                boolean executable = item.executable() || item.path().equals(BOOTSTRAP);
                setPermissions(temporary, executable ? EXECUTABLE : REGULAR);
            }
        },
        HARD_LINK {
            @Override
            void to(Path temporary, ContentItem item, Path from) throws IOException {
                Files.createLink(temporary, from);
                setPermissions(temporary, linkedPermissions(item));
            }
        },
        SYMBOLIC_LINK {
            @Override
            void to(Path temporary, ContentItem item, Path from) throws IOException {
                Files.createSymbolicLink(temporary, Path.of(item.linkTarget()));
            }
        };

        abstract void to(Path temporary, ContentItem item, Path from) throws IOException;
    }

    private static void replace(Path target, Write write, ContentItem item, Path from) throws IOException {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            // A rename cannot replace a directory with a file.
            FileTrees.delete(target);
        }
        Path temporary = target.resolveSibling(
                "." + target.getFileName() + ".sam-native-" + UniqueSuffix.next());
        try {
            write.to(temporary, item, from);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            // A rename onto another link to the same file does nothing (POSIX), which is what placing
            // a linked file again amounts to: then the temporary name is still there.
            Files.deleteIfExists(temporary);
        } catch (IOException | RuntimeException e) {
            try {
                FileTrees.delete(temporary);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private static void setPermissions(Path path, Set<PosixFilePermission> permissions) throws IOException {
        PosixFileAttributeView posix =
                Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (posix != null) {
            posix.setPermissions(permissions);
        } else if (permissions.contains(PosixFilePermission.OWNER_EXECUTE)) {
            path.toFile().setExecutable(true);
        }
    }
}
