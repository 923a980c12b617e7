package io.github.samnative.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {

    @TempDir
    Path temp;

    @Test
    void hashesSmallFilesToTheStandardDigests() throws Exception {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                Sha256.hex(Sha256.ofFile(Files.write(temp.resolve("empty"), new byte[0]))));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                Sha256.hex(Sha256.ofFile(Files.writeString(temp.resolve("abc"), "abc"))));
    }

    /** Files at and around the read size, read in several pieces, give the digest of their bytes. */
    @Test
    void hashesFilesLargerThanOneReadWhole() throws Exception {
        Random random = new Random(20261127);
        for (int size : new int[] {64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1, 200_003}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            Path file = Files.write(temp.resolve("file-" + size), bytes);

            assertEquals(Sha256.hex(MessageDigest.getInstance("SHA-256").digest(bytes)), Sha256.hex(Sha256.ofFile(file)), "size " + size);
        }
    }
}
