package io.github.samnative.core.cache;

import io.github.samnative.core.FileTrees;
import io.github.samnative.core.SamNativeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * Reads, writes and removes entries on disk. It takes no locks: callers hold the key's lock
 * (shared to read, exclusive to write or remove).
 */
final class EntryStore {

    private final CacheLayout layout;

    EntryStore(CacheLayout layout) {
        this.layout = layout;
    }

    /**
     * Checks marker, manifest and every file: kind, size, exec bit, link target, and the SHA-256 of
     * every file whose {@link FileStamp} changed since the entry was sealed (or was not kept).
     */
    EntryCheck check(String key) throws IOException {
        Path entry = layout.entry(key);
        if (!Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
            return EntryCheck.ABSENT;
        }
        Path marker = CacheLayout.completionMarker(entry);
        if (!Files.isRegularFile(marker)) {
            return EntryCheck.corrupt("its completion marker " + marker + " is missing");
        }
        byte[] manifestBytes;
        try {
            manifestBytes = Files.readAllBytes(CacheLayout.manifest(entry));
        } catch (NoSuchFileException e) {
            return EntryCheck.corrupt("its manifest " + CacheLayout.manifest(entry) + " is missing");
        }
        if (!completionMarker(manifestBytes).equals(new String(Files.readAllBytes(marker), StandardCharsets.US_ASCII).trim())) {
            return EntryCheck.corrupt("its manifest does not match its completion marker");
        }
        EntryManifest manifest;
        try {
            manifest = EntryManifest.parse(manifestBytes);
        } catch (IOException e) {
            return EntryCheck.corrupt("its manifest cannot be read (" + e.getMessage() + ")");
        }
        if (manifest.format() != EntryManifest.FORMAT) {
            return EntryCheck.corrupt("it was written in cache format " + manifest.format()
                    + " by another sam-native version; this one uses format " + EntryManifest.FORMAT);
        }
        if (!manifest.key().equals(key)) {
            return EntryCheck.corrupt("its manifest belongs to key " + manifest.key());
        }
        Path content = CacheLayout.content(entry);
        if (!Files.isDirectory(content, LinkOption.NOFOLLOW_LINKS)) {
            return EntryCheck.corrupt("its content directory " + content + " is missing");
        }
        return compare(manifest.items(), content);
    }

    private static EntryCheck compare(List<ContentItem> expected, Path content) throws IOException {
        Map<String, ContentItem> actual = new TreeMap<>();
        for (ContentItem item : ContentTree.scan(content, false)) {
            actual.put(item.path(), item);
        }
        Map<String, ContentItem> unmatched = new TreeMap<>(actual);
        // Cheap differences first, so a truncated file is reported without hashing gigabytes.
        for (ContentItem wanted : expected) {
            ContentItem found = unmatched.remove(wanted.path());
            if (found == null) {
                return EntryCheck.corrupt(wanted.path() + " is missing");
            }
            String difference = wanted.shapeDifference(found);
            if (difference != null) {
                return EntryCheck.corrupt(difference);
            }
        }
        if (!unmatched.isEmpty()) {
            return EntryCheck.corrupt(unmatched.keySet().iterator().next() + " is not in the manifest");
        }
        for (ContentItem wanted : expected) {
            boolean untouched = wanted.stamp() != null && wanted.stamp().equals(actual.get(wanted.path()).stamp());
            if (wanted.kind() == ContentItem.Kind.FILE && !untouched) {
                String digest = Sha256.hex(Sha256.ofFile(content.resolve(wanted.path())));
                if (!digest.equals(wanted.sha256())) {
                    return EntryCheck.corrupt(wanted.path() + " has different content than when it was built");
                }
            }
        }
        return EntryCheck.valid(actual.values());
    }

    /**
     * Dates every file of a finished build back to well before now ({@link FileStamp#RACY_WINDOW_NANOS}
     * twice over), so that every stamp the manifest takes is trustworthy. A file written in the same
     * clock tick as a later edit would keep its modification time (git's "racy clean" rule), so a
     * stamp may only be kept for a file last written well before sealing; without this, the files a
     * build writes last (the jvm runtime's 11 MB class archive, the launcher) would be hashed again
     * on every reuse. Any later write sets a time after the sealing, which no stamp matches. Nothing
     * reads these times: placed copies get their own, and the JVM's class archive does not check them.
     */
    private static void dateBack(Path content, long sealedNanos) throws IOException {
        FileTime settled = FileTime.from(sealedNanos - 2 * FileStamp.RACY_WINDOW_NANOS, TimeUnit.NANOSECONDS);
        try (Stream<Path> files = Files.walk(content)) {
            for (Iterator<Path> i = files.iterator(); i.hasNext(); ) {
                Path file = i.next();
                // A file with other names may be someone else's too (a builder that linked rather than
                // copied): its time is left alone, and it is hashed on reuse when it is recent.
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && linkCount(file) == 1) {
                    Files.setLastModifiedTime(file, settled);
                }
            }
        }
    }

    /**
     * Runs the builder in a fresh staging directory and moves the finished entry into place with
     * one rename. The manifest and then the completion marker are written before the rename, so
     * no reader ever sees an entry without them. On any failure the staging directory is removed.
     * Nothing is fsync'ed: after a power cut an entry may hold truncated files, which the check
     * on its next use catches, and it is rebuilt.
     */
    void publish(String key, EntryBuilder builder, Instant now) throws SamNativeException, IOException {
        Files.createDirectories(layout.staging());
        Files.createDirectories(layout.entries());
        Path staging = Files.createTempDirectory(layout.staging(), key + ".");
        try {
            Path content = Files.createDirectory(CacheLayout.content(staging));
            runBuilder(builder, content);
            // The file system's own clock decides, read from a file written now.
            long sealedNanos = FileStamp.fileSystemNow(staging);
            dateBack(content, sealedNanos);
            List<ContentItem> items = trustworthyStamps(ContentTree.scan(content, true), sealedNanos);
            if (items.stream().noneMatch(item -> item.kind() == ContentItem.Kind.FILE)) {
                throw new IllegalStateException("The build for cache key " + key + " wrote no files");
            }
            requireLinksInside(content, items);
            byte[] manifest = new EntryManifest(EntryManifest.FORMAT, key, items).toBytes();
            Files.write(CacheLayout.manifest(staging), manifest);
            Files.writeString(CacheLayout.completionMarker(staging), completionMarker(manifest) + "\n");
            Files.writeString(CacheLayout.lastUsed(staging), "");
            Files.setLastModifiedTime(CacheLayout.lastUsed(staging), FileTime.from(now));
            Files.move(staging, layout.entry(key), StandardCopyOption.ATOMIC_MOVE);
        } catch (Throwable failure) {
            try {
                FileTrees.delete(staging);
            } catch (IOException cleanup) {
                failure.addSuppressed(cleanup);
            }
            throw failure;
        }
    }

    private static void runBuilder(EntryBuilder builder, Path content) throws SamNativeException {
        try {
            builder.build(content);
        } catch (IOException e) {
            throw new SamNativeException("The build failed while writing its output to " + content + ": " + e
                    + ". Check free disk space and permissions there.", e);
        }
    }

    private static void requireLinksInside(Path content, List<ContentItem> items) throws SamNativeException {
        for (ContentItem item : items) {
            if (item.kind() != ContentItem.Kind.LINK) {
                continue;
            }
            Path target = Path.of(item.linkTarget());
            Path resolved = content.resolve(item.path()).getParent().resolve(target).normalize();
            if (target.isAbsolute() || !resolved.startsWith(content)) {
                throw new SamNativeException("The build output holds a symbolic link " + item.path() + " -> "
                        + item.linkTarget() + " that leads outside the output, so it would break once copied"
                        + " into the function's artifacts. Make the link relative and inside the output,"
                        + " or copy the file instead.");
            }
        }
    }

    /**
     * Removes an entry: first renamed into staging (one atomic step, so the entry is either whole or
     * gone), then deleted. If the deletion is interrupted, a later sweep finishes it.
     */
    void discard(String key) throws IOException {
        Path entry = layout.entry(key);
        if (!Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.createDirectories(layout.staging());
        Path doomed = layout.staging().resolve(key + ".discarded-" + UniqueSuffix.next());
        Files.move(entry, doomed, StandardCopyOption.ATOMIC_MOVE);
        FileTrees.delete(doomed);
    }

    /** Records a use for eviction; several readers may do this at once, the last write wins. */
    void touch(String key, Instant now) throws IOException {
        Path lastUsed = CacheLayout.lastUsed(layout.entry(key));
        try {
            Files.createFile(lastUsed);
        } catch (FileAlreadyExistsException e) {
            // The usual case: it was created when the entry was published.
        }
        Files.setLastModifiedTime(lastUsed, FileTime.from(now));
    }

    boolean isComplete(String key) {
        return Files.isRegularFile(CacheLayout.completionMarker(layout.entry(key)));
    }

    /** When the entry was last used; falls back to its marker's or directory's time if needed. */
    Instant lastUsed(String key) throws IOException {
        Path entry = layout.entry(key);
        for (Path witness : List.of(CacheLayout.lastUsed(entry), CacheLayout.completionMarker(entry), entry)) {
            if (Files.exists(witness, LinkOption.NOFOLLOW_LINKS)) {
                return Files.getLastModifiedTime(witness, LinkOption.NOFOLLOW_LINKS).toInstant();
            }
        }
        throw new NoSuchFileException(entry.toString());
    }

    /** Bytes of all regular files in the entry directory. */
    long sizeOf(String key) throws IOException {
        try (Stream<Path> paths = Files.walk(layout.entry(key))) {
            long total = 0;
            for (Iterator<Path> it = paths.iterator(); it.hasNext(); ) {
                Path path = it.next();
                if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    total += Files.size(path);
                }
            }
            return total;
        }
    }

    /** Keys of all entry directories, complete or not. */
    List<String> keys() throws IOException {
        if (!Files.isDirectory(layout.entries())) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(layout.entries())) {
            return entries.map(path -> path.getFileName().toString())
                    .filter(CacheKey::isHexKey)
                    .sorted()
                    .toList();
        }
    }

    /**
     * The stamps a manifest may keep: those of files last written well before the entry is sealed,
     * which after {@link #dateBack} is all but files it had to leave alone.
     */
    private static List<ContentItem> trustworthyStamps(List<ContentItem> items, long sealedNanos) {
        List<ContentItem> kept = new ArrayList<>(items.size());
        for (ContentItem item : items) {
            boolean settled = item.stamp() != null && item.stamp().settledAt(sealedNanos);
            kept.add(settled ? item : item.withoutStamp());
        }
        return kept;
    }

    private static int linkCount(Path file) throws IOException {
        try {
            return (Integer) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    /**
     * What the completion marker says of a whole manifest: its length and CRC-32C. It detects a torn
     * or damaged manifest, which is all it is for, without SHA-256, whose provider start-up the
     * Makefile shortcut's short-lived JVM would pay on every call.
     */
    static String completionMarker(byte[] manifest) {
        CRC32C crc = new CRC32C();
        crc.update(manifest);
        return "crc32c " + Long.toHexString(crc.getValue()) + " " + manifest.length;
    }
}
