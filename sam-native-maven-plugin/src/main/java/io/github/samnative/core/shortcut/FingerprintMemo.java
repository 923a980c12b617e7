package io.github.samnative.core.shortcut;

import io.github.samnative.core.AtomicWrite;
import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.cache.CacheKey;
import io.github.samnative.core.cache.FileStamp;
import io.github.samnative.core.cache.SourceTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;

/**
 * A module's {@link ProjectFingerprint} remembered by what the file system says of its files:
 * relative path, size and modification time in nanoseconds. SAM's scratch copies keep modification
 * times, so after the first call every copy of an unchanged module lists the same, and the
 * shortcut need not read and hash the module's files (nor start Java's SHA-256 provider) again.
 *
 * <p>The trade Gradle makes when it keeps file hashes by path, size and modification time, with
 * git's guard against "racy" files: a listing is remembered only when every file in it was last
 * written well before ({@link FileStamp#settledAt}), and only when the tree listed the same before
 * and after its content was hashed; an edit then always shows as another size or time.
 */
public final class FingerprintMemo {

    /** The first line of every memo file; bumped when the format changes. */
    private static final String FORMAT = "sam-native fingerprint memo 1";

    /** Kept at most; the oldest go first. A memo is small and one is written per edited state of a module. */
    static final int MAX_MEMOS = 256;

    private final Path directory;

    public FingerprintMemo(Path directory) {
        this.directory = directory;
    }

    /** The module's fingerprint: remembered when the module lists as it did before, else hashed and remembered. */
    public String fingerprint(Path moduleDirectory) throws SamNativeException {
        String listing = text(files(moduleDirectory));
        Path memo = directory.resolve(name(listing));
        String remembered = read(memo, listing);
        if (remembered != null) {
            return remembered;
        }
        String fingerprint = ProjectFingerprint.of(moduleDirectory);
        SortedMap<String, BasicFileAttributes> after = files(moduleDirectory);
        try {
            if (listing.equals(text(after)) && settled(after)) {
                write(memo, fingerprint, listing);
            }
        } catch (IOException e) {
            // Not remembering only costs the next call the hashing.
        }
        return fingerprint;
    }

    private static SortedMap<String, BasicFileAttributes> files(Path moduleDirectory) throws SamNativeException {
        try {
            return SourceTree.attributes(moduleDirectory, ProjectFingerprint.COUNTED, CacheKey.DEFAULT_EXCLUDED_DIRECTORIES);
        } catch (IOException e) {
            throw new SamNativeException("Cannot list the module " + moduleDirectory + " for the Makefile shortcut: " + e
                    + ". Check that its files are readable and that no symbolic link is broken.", e);
        }
    }

    private static String text(SortedMap<String, BasicFileAttributes> files) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, BasicFileAttributes> file : files.entrySet()) {
            text.append(file.getValue().size()).append(' ').append(modifiedNanos(file.getValue())).append(' ')
                    .append(file.getKey()).append('\n');
        }
        return text.toString();
    }

    private boolean settled(SortedMap<String, BasicFileAttributes> files) throws IOException {
        Files.createDirectories(directory);
        long now = FileStamp.fileSystemNow(directory);
        for (BasicFileAttributes file : files.values()) {
            if (!FileStamp.settled(modifiedNanos(file), now)) {
                return false;
            }
        }
        return true;
    }

    private static long modifiedNanos(BasicFileAttributes file) {
        return file.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }

    /** FNV-1a, 64 bits: only picks the file; the listing inside is compared in full. */
    private static String name(String listing) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < listing.length(); i++) {
            hash ^= listing.charAt(i);
            hash *= 0x100000001b3L;
        }
        return HexFormat.of().toHexDigits(hash);
    }

    private static String read(Path memo, String listing) {
        String text;
        try {
            text = Files.readString(memo, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Absent (the usual miss) or unreadable: hash instead.
            return null;
        }
        int first = text.indexOf('\n');
        int second = first < 0 ? -1 : text.indexOf('\n', first + 1);
        if (second < 0 || !text.substring(0, first).equals(FORMAT) || !text.substring(second + 1).equals(listing)) {
            return null;
        }
        return text.substring(first + 1, second);
    }

    private void write(Path memo, String fingerprint, String listing) throws IOException {
        evictOldest();
        AtomicWrite.replace(memo, temporary ->
                Files.writeString(temporary, FORMAT + "\n" + fingerprint + "\n" + listing, StandardCharsets.UTF_8));
    }

    private void evictOldest() throws IOException {
        List<Path> memos = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "????????????????")) {
            files.forEach(memos::add);
        }
        if (memos.size() < MAX_MEMOS) {
            return;
        }
        List<Map.Entry<FileTime, Path>> byAge = new ArrayList<>();
        for (Path memo : memos) {
            try {
                byAge.add(Map.entry(Files.getLastModifiedTime(memo), memo));
            } catch (NoSuchFileException e) {
                // Another call evicted it meanwhile.
            }
        }
        byAge.sort(Map.Entry.comparingByKey());
        for (int i = 0; i <= byAge.size() - MAX_MEMOS; i++) {
            Files.deleteIfExists(byAge.get(i).getValue());
        }
    }
}
