package io.github.samnative.core.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of files and bytes, in the one spelling (lower-case hex) the cache writes everywhere. */
public final class Sha256 {

    private static final int BUFFER_SIZE = 64 * 1024;

    private Sha256() {}

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256, so this is a broken JDK rather than a user error.
            throw new IllegalStateException("This JDK provides no SHA-256 implementation", e);
        }
    }

    public static byte[] ofFile(Path file) throws IOException {
        MessageDigest digest = newDigest();
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            // Sized to the file (one more byte to see its end in one read): most files hashed are small
            // sources, and zeroing a full-size buffer for each cost the Makefile shortcut milliseconds.
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(BUFFER_SIZE, channel.size() + 1));
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                digest.update(buffer);
                buffer.clear();
            }
        }
        return digest.digest();
    }

    public static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
