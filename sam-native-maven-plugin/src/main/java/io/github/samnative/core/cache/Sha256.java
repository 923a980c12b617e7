package io.github.samnative.core.cache;

import java.io.IOException;
import java.io.InputStream;
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
        byte[] buffer = new byte[BUFFER_SIZE];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return digest.digest();
    }

    static byte[] ofBytes(byte[] bytes) {
        return newDigest().digest(bytes);
    }

    public static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
