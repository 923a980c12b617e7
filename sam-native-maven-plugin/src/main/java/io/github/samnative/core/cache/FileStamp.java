package io.github.samnative.core.cache;

import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says of a file without reading it: its modification time and identity
 * (device and inode). A cache file whose stamp is unchanged since its entry was sealed has not been
 * written or replaced since, so its content need not be hashed again: the trade git makes with its
 * index, and with git's guard against "racy" files (see {@code EntryStore#publish}).
 *
 * @param modifiedNanos the modification time, in nanoseconds since the epoch
 * @param fileKey the file system's identity of the file, as text
 */
record FileStamp(long modifiedNanos, String fileKey) {

    /** Empty when the file system has no file identity to offer: such files are always hashed. */
    static Optional<FileStamp> of(BasicFileAttributes attributes) {
        Object key = attributes.fileKey();
        if (key == null) {
            return Optional.empty();
        }
        return Optional.of(new FileStamp(attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), key.toString()));
    }

    String toText() {
        return modifiedNanos + " " + fileKey;
    }

    static FileStamp parse(String text) {
        int space = text.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException("not a file stamp: " + text);
        }
        return new FileStamp(Long.parseLong(text.substring(0, space)), text.substring(space + 1));
    }
}
