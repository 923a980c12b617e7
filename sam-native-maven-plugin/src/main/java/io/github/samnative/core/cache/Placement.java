package io.github.samnative.core.cache;

import io.github.samnative.core.SamNativeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Copies a build output (a cache entry's content) into a function's artifacts directory, the
 * {@code ARTIFACTS_DIR} SAM zips and deploys.
 *
 * <ul>
 *   <li>Copies, never hard-links: SAM zips the directory and users may edit it, and an edit must
 *       not reach into the cache.
 *   <li>Each file is written under a temporary name and renamed into place, and the top-level
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

    // Distinct temporary names for concurrent placements into one directory.
    private static final SecureRandom RANDOM = new SecureRandom();

    private Placement() {}

    /** Copies the content of an open entry; see {@link #copy(Path, Path)}. */
    public static List<String> copy(CacheEntry entry, Path artifactsDirectory) throws SamNativeException {
        return copy(entry.directory(), artifactsDirectory);
    }

    /**
     * Copies everything under {@code source} into {@code artifactsDirectory}, creating it if needed.
     *
     * @return the '/'-separated relative paths written, in the order they were written
     */
    public static List<String> copy(Path source, Path artifactsDirectory) throws SamNativeException {
        try {
            if (Files.exists(artifactsDirectory) && !Files.isDirectory(artifactsDirectory)) {
                throw new SamNativeException("Cannot place the bootstrap: the artifacts directory "
                        + artifactsDirectory + " is a file. Delete it or set ARTIFACTS_DIR to a directory.");
            }
            Files.createDirectories(artifactsDirectory);
            List<ContentItem> items = new ArrayList<>(ContentTree.scan(source, false));
            // Sorting by path put every directory before its contents; now move bootstrap to the end.
            items.sort((a, b) -> Boolean.compare(a.path().equals(BOOTSTRAP), b.path().equals(BOOTSTRAP)));
            List<String> written = new ArrayList<>();
            for (ContentItem item : items) {
                place(item, source.resolve(item.path()), artifactsDirectory.resolve(item.path()));
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
                    ContentTree.delete(to);
                    Files.createDirectory(to);
                }
                setPermissions(to, EXECUTABLE);
            }
            case FILE -> replace(to, temporary -> {
                Files.copy(from, temporary, LinkOption.NOFOLLOW_LINKS);
                boolean executable = item.executable() || item.path().equals(BOOTSTRAP);
                setPermissions(temporary, executable ? EXECUTABLE : REGULAR);
            });
            case LINK -> replace(to, temporary -> Files.createSymbolicLink(temporary, Path.of(item.linkTarget())));
        }
    }

    private interface Writer {
        void write(Path temporary) throws IOException;
    }

    private static void replace(Path target, Writer writer) throws IOException {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            // A rename cannot replace a directory with a file.
            ContentTree.delete(target);
        }
        Path temporary = target.resolveSibling(
                "." + target.getFileName() + ".sam-native-" + Long.toHexString(RANDOM.nextLong()));
        try {
            writer.write(temporary);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                ContentTree.delete(temporary);
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
