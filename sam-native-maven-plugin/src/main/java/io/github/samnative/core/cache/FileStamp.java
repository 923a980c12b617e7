package io.github.samnative.core.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says of a file without reading it: its modification time and identity
 * (device and inode). A cache file whose stamp is unchanged since its entry was sealed has not been
 * written or replaced since, so its content need not be hashed again: the trade git makes with its
 * index, with git's guard against "racy" files: a stamp is kept only for a file last written
 * well before it was recorded ({@link #settledAt}), because a file written in the same clock tick as
 * a later edit would keep its modification time.
 *
 * @param modifiedNanos the modification time, in nanoseconds since the epoch
 * @param fileKey the file system's identity of the file, as text
 */
public record FileStamp(long modifiedNanos, String fileKey) {

    /** Far more than any file system's timestamp granularity. */
    static final long RACY_WINDOW_NANOS = 1_000_000_000L;

    /** Empty when the file system has no file identity to offer: such files are always hashed. */
    public static Optional<FileStamp> of(BasicFileAttributes attributes) {
        Object key = attributes.fileKey();
        if (key == null) {
            return Optional.empty();
        }
        return Optional.of(new FileStamp(attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), key.toString()));
    }

    /**
     * Whether this stamp may be kept when recorded at {@code recordedNanos}, a time read from the
     * file system's own clock ({@link #fileSystemNow}).
     */
    public boolean settledAt(long recordedNanos) {
        return settled(modifiedNanos, recordedNanos);
    }

    /** Whether a file last modified at {@code modifiedNanos} counts as settled at {@code recordedNanos}. */
    public static boolean settled(long modifiedNanos, long recordedNanos) {
        return modifiedNanos <= recordedNanos - RACY_WINDOW_NANOS;
    }

    /** Now, by the clock of the file system that holds {@code directory}: the time of a file written there. */
    public static long fileSystemNow(Path directory) throws IOException {
        Path probe = Files.createTempFile(directory, ".clock-", ".tmp");
        try {
            return Files.getLastModifiedTime(probe).to(TimeUnit.NANOSECONDS);
        } finally {
            Files.delete(probe);
        }
    }

    // Written out: a record's generated equals and hashCode link through invokedynamic on first
    // use, which costs the Makefile shortcut's short-lived JVM about 10 ms per call.
    @Override
    public boolean equals(Object other) {
        return other instanceof FileStamp that && modifiedNanos == that.modifiedNanos && fileKey.equals(that.fileKey);
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(modifiedNanos) + fileKey.hashCode();
    }

    public String toText() {
        return modifiedNanos + " " + fileKey;
    }

    public static FileStamp parse(String text) {
        int space = text.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException("not a file stamp: " + text);
        }
        return new FileStamp(Long.parseLong(text.substring(0, space)), text.substring(space + 1));
    }
}
