package io.github.samnative.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.samnative.core.FileTrees;
import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.image.BuildMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlacementTest {

    private static final Predicate<String> COPY_ALL = path -> false;

    @TempDir
    Path temp;

    @Test
    void copiesEverythingAndKeepsExecutableBits() throws Exception {
        Path source = jvmModeOutput(temp.resolve("entry"));
        Path artifacts = temp.resolve(".aws-sam/build/HelloFunction");

        Placement.copy(source, artifacts, COPY_ALL);

        assertEquals("rwxr-xr-x", permissions(artifacts.resolve("bootstrap")));
        assertEquals("rwxr-xr-x", permissions(artifacts.resolve("runtime/bin/java")));
        assertEquals("rw-r--r--", permissions(artifacts.resolve("lib/app.jar")));
        assertEquals("#!/bin/sh\nexec runtime/bin/java -jar lib/app.jar\n",
                Files.readString(artifacts.resolve("bootstrap")));
        assertEquals("jar", Files.readString(artifacts.resolve("lib/app.jar")));
        assertEquals(Path.of("../java.base/LICENSE"),
                Files.readSymbolicLink(artifacts.resolve("runtime/legal/java.logging/LICENSE")));
        assertEquals("license", Files.readString(artifacts.resolve("runtime/legal/java.logging/LICENSE")));
        assertTrue(Files.isDirectory(artifacts.resolve("runtime/conf/empty")));
    }

    @Test
    void bootstrapIsAlwaysExecutable() throws Exception {
        Path source = Files.createDirectories(temp.resolve("entry"));
        Files.writeString(source.resolve("bootstrap"), "binary");
        Files.setPosixFilePermissions(source.resolve("bootstrap"), PosixFilePermissions.fromString("rw-------"));

        Placement.copy(source, temp.resolve("artifacts"), COPY_ALL);

        assertEquals("rwxr-xr-x", permissions(temp.resolve("artifacts/bootstrap")));
    }

    @Test
    void bootstrapIsWrittenLastAndNoTemporaryNamesRemain() throws Exception {
        Path source = jvmModeOutput(temp.resolve("entry"));
        Path artifacts = temp.resolve("artifacts");

        List<String> written = Placement.copy(source, artifacts, COPY_ALL);

        assertEquals("bootstrap", written.get(written.size() - 1));
        assertTrue(written.indexOf("lib") < written.indexOf("lib/app.jar"), written.toString());
        assertEquals(List.of(), TestTrees.list(artifacts).stream()
                .map(path -> path.getFileName().toString())
                .filter(name -> name.contains(".sam-native-"))
                .toList());
    }

    @Test
    void overwritesWhatWasThereAndLeavesOtherFilesAlone() throws Exception {
        Path source = jvmModeOutput(temp.resolve("entry"));
        Path artifacts = temp.resolve("artifacts");
        TestTrees.write(artifacts.resolve("bootstrap"), "old bootstrap from last week");
        TestTrees.write(artifacts.resolve("lib/app.jar"), "old jar");
        Files.setPosixFilePermissions(artifacts.resolve("lib/app.jar"), PosixFilePermissions.fromString("rwxrwxrwx"));
        TestTrees.write(artifacts.resolve("runtime/bin/java/stale"), "a directory where a file now goes");
        TestTrees.write(artifacts.resolve("runtime/conf"), "a file where a directory now goes");
        TestTrees.write(artifacts.resolve("notes.txt"), "the user's");

        Placement.copy(source, artifacts, COPY_ALL);

        assertEquals("#!/bin/sh\nexec runtime/bin/java -jar lib/app.jar\n",
                Files.readString(artifacts.resolve("bootstrap")));
        assertEquals("jar", Files.readString(artifacts.resolve("lib/app.jar")));
        assertEquals("rw-r--r--", permissions(artifacts.resolve("lib/app.jar")));
        assertEquals("java", Files.readString(artifacts.resolve("runtime/bin/java")));
        assertTrue(Files.isDirectory(artifacts.resolve("runtime/conf/empty")));
        assertEquals("the user's", Files.readString(artifacts.resolve("notes.txt")));
    }

    @Test
    void aConcurrentReaderNeverSeesAHalfCopiedBootstrap() throws Exception {
        int newSize = 8 * 1024 * 1024;
        Path source = Files.createDirectories(temp.resolve("entry"));
        Files.write(source.resolve("bootstrap"), new byte[newSize]);
        Path artifacts = temp.resolve("artifacts");
        byte[] old = "old".getBytes();
        TestTrees.write(artifacts.resolve("bootstrap"), "old");

        AtomicBoolean done = new AtomicBoolean();
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<List<Long>> oddSizes = reader.submit(() -> {
                List<Long> seen = new ArrayList<>();
                while (!done.get()) {
                    long size = Files.size(artifacts.resolve("bootstrap"));
                    if (size != old.length && size != newSize) {
                        seen.add(size);
                    }
                }
                return seen;
            });
            for (int i = 0; i < 5; i++) {
                Placement.copy(source, artifacts, COPY_ALL);
                // Put the old one back the atomic way too, or the test would see its own half-writes.
                Path previous = TestTrees.write(temp.resolve("previous"), "old");
                Files.move(previous, artifacts.resolve("bootstrap"), StandardCopyOption.ATOMIC_MOVE);
            }
            done.set(true);
            assertEquals(List.of(), oddSizes.get(1, TimeUnit.MINUTES));
        } finally {
            reader.shutdownNow();
        }
    }

    @Test
    void copiesACacheEntryWithoutTyingTheCopyToTheCache() throws Exception {
        BuildCache cache = new BuildCache(temp.resolve("cache"));
        CacheKey key = CacheKey.builder().addParameter("mode", "jvm").build();
        EntryBuilder builder = output -> jvmModeOutput(output);
        Path artifacts = temp.resolve("artifacts");
        try (CacheEntry entry = cache.getOrBuild(key, builder)) {
            Placement.copy(entry, artifacts, COPY_ALL);
        }

        Files.writeString(artifacts.resolve("lib/app.jar"), "edited by the user");

        try (CacheEntry entry = cache.getOrBuild(key, builder)) {
            assertEquals(CacheOutcome.REUSED, entry.outcome());
            assertEquals("jar", Files.readString(entry.directory().resolve("lib/app.jar")));
        }
    }

    @Test
    void linksTheFilesItIsToldAreSharedAndCopiesTheRest() throws Exception {
        Path source = jvmModeOutput(temp.resolve("entry"));
        Path artifacts = temp.resolve(".aws-sam/build/HelloFunction");

        Placement.copy(source, artifacts, BuildMode.JVM::isSharedFile);

        assertTrue(Files.isSameFile(source.resolve("runtime/bin/java"), artifacts.resolve("runtime/bin/java")));
        assertTrue(Files.isSameFile(source.resolve("runtime/legal/java.base/LICENSE"),
                artifacts.resolve("runtime/legal/java.base/LICENSE")));
        assertFalse(Files.isSameFile(source.resolve("bootstrap"), artifacts.resolve("bootstrap")));
        assertFalse(Files.isSameFile(source.resolve("lib/app.jar"), artifacts.resolve("lib/app.jar")));
        assertEquals("rwxr-xr-x", permissions(artifacts.resolve("runtime/bin/java")), "readable by Lambda's user");
        assertEquals(Path.of("../java.base/LICENSE"),
                Files.readSymbolicLink(artifacts.resolve("runtime/legal/java.logging/LICENSE")));
    }

    /**
     * Placing again into the same directory (a second `mvn package`, a reused ARTIFACTS_DIR) renames
     * a new link onto a link to the same file, which POSIX defines as doing nothing: the temporary
     * name must not stay behind, or SAM would zip every runtime file twice.
     */
    @Test
    void placingTwiceLeavesExactlyTheEntrysFiles() throws Exception {
        Path source = jvmModeOutput(temp.resolve("entry"));
        Path artifacts = temp.resolve(".aws-sam/build/HelloFunction");

        Placement.copy(source, artifacts, BuildMode.JVM::isSharedFile);
        Placement.copy(source, artifacts, BuildMode.JVM::isSharedFile);

        assertEquals(relativeNames(source), relativeNames(artifacts));
        assertTrue(Files.isSameFile(source.resolve("runtime/bin/java"), artifacts.resolve("runtime/bin/java")));
    }

    @Test
    void copiesWhatCannotBeLinkedAcrossFileSystems() throws Exception {
        Path shm = Path.of("/dev/shm");
        Path source = jvmModeOutput(temp.resolve("entry"));
        assumeTrue(Files.isDirectory(shm) && Files.isWritable(shm)
                && !Files.getFileStore(shm).equals(Files.getFileStore(source)), "needs a second file system");
        Path artifacts = Files.createTempDirectory(shm, "placement-test-");
        try {
            Placement.copy(source, artifacts, BuildMode.JVM::isSharedFile);

            assertEquals("java", Files.readString(artifacts.resolve("runtime/bin/java")));
            assertEquals("rwxr-xr-x", permissions(artifacts.resolve("runtime/bin/java")));
        } finally {
            FileTrees.delete(artifacts);
        }
    }

    /**
     * A settled cache file is trusted by its stamp; written to in place through a link, its time
     * moves, so the cache hashes it, sees the edit and builds again rather than reuse it.
     */
    @Test
    void anEditThroughALinkIsCaughtByTheCacheAndNeverReused() throws Exception {
        BuildCache cache = new BuildCache(temp.resolve("cache"));
        CacheKey key = CacheKey.builder().addParameter("mode", "jvm").build();
        EntryBuilder builder = output -> {
            jvmModeOutput(output);
            Files.setLastModifiedTime(output.resolve("runtime/bin/java"), FileTime.from(Instant.now().minusSeconds(3600)));
        };
        Path artifacts = temp.resolve("artifacts");
        try (CacheEntry entry = cache.getOrBuild(key, builder)) {
            Placement.copy(entry, artifacts, BuildMode.JVM::isSharedFile);
        }

        Files.writeString(artifacts.resolve("runtime/bin/java"), "java, patched", StandardOpenOption.APPEND);

        assertTrue(cache.reuse(key).isEmpty(), "an edited entry is not reused");
        try (CacheEntry entry = cache.getOrBuild(key, builder)) {
            assertNotEquals(CacheOutcome.REUSED, entry.outcome());
            assertEquals("java", Files.readString(entry.directory().resolve("runtime/bin/java")));
        }
    }

    @Test
    void anArtifactsPathThatIsAFileIsReported() throws Exception {
        Path source = jvmModeOutput(temp.resolve("entry"));
        Path notADirectory = TestTrees.write(temp.resolve("artifacts"), "x");

        SamNativeException e = assertThrows(SamNativeException.class, () -> Placement.copy(source, notADirectory, COPY_ALL));

        assertTrue(e.getMessage().contains(notADirectory.toString()), e.getMessage());
        assertFalse(Files.isDirectory(notADirectory));
    }

    /** What a jvm-mode build writes: a launcher, the jars and a jlink runtime with linked notices. */
    static Path jvmModeOutput(Path root) throws java.io.IOException {
        TestTrees.write(root.resolve("bootstrap"), "#!/bin/sh\nexec runtime/bin/java -jar lib/app.jar\n");
        Files.setPosixFilePermissions(root.resolve("bootstrap"), PosixFilePermissions.fromString("rwxr-xr-x"));
        TestTrees.write(root.resolve("lib/app.jar"), "jar");
        TestTrees.write(root.resolve("runtime/bin/java"), "java");
        Files.setPosixFilePermissions(root.resolve("runtime/bin/java"), PosixFilePermissions.fromString("rwxr-x---"));
        TestTrees.write(root.resolve("runtime/legal/java.base/LICENSE"), "license");
        Files.createDirectories(root.resolve("runtime/legal/java.logging"));
        Files.createSymbolicLink(root.resolve("runtime/legal/java.logging/LICENSE"), Path.of("../java.base/LICENSE"));
        Files.createDirectories(root.resolve("runtime/conf/empty"));
        return root;
    }

    private static List<String> relativeNames(Path root) throws java.io.IOException {
        return TestTrees.list(root).stream().map(path -> root.relativize(path).toString()).sorted().toList();
    }

    private static String permissions(Path file) throws java.io.IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }
}
