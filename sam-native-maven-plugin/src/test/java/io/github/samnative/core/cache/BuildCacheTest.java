package io.github.samnative.core.cache;

import io.github.samnative.core.FileTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.samnative.core.SamNativeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BuildCacheTest {

    private static final CacheKey KEY = CacheKey.builder().addParameter("function", "Hello").build();
    private static final CacheKey OTHER_KEY = CacheKey.builder().addParameter("function", "Goodbye").build();

    @TempDir
    Path temp;

    private final RecordingListener listener = new RecordingListener();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    private BuildCache cache() throws SamNativeException {
        return new BuildCache(temp.resolve("cache"), CacheLimits.DEFAULT, listener, clock);
    }

    @Test
    void buildsOnceThenReuses() throws Exception {
        BuildCache cache = cache();
        CountingBuilder builder = new CountingBuilder("#!/bin/sh\necho hello\n");

        Path firstDirectory;
        try (CacheEntry first = cache.getOrBuild(KEY, builder)) {
            assertEquals(CacheOutcome.BUILT, first.outcome());
            assertEquals(KEY, first.key());
            firstDirectory = first.directory();
            assertEquals("#!/bin/sh\necho hello\n", Files.readString(first.directory().resolve("bootstrap")));
            assertTrue(first.verifiedContents().isEmpty(), "just built, not verified on the way");
        }
        try (CacheEntry second = cache.getOrBuild(KEY, builder)) {
            assertEquals(CacheOutcome.REUSED, second.outcome());
            assertEquals(firstDirectory, second.directory());
            assertTrue(second.corruption().isEmpty());
            // What Placement copies instead of listing the directory again.
            List<ContentItem> contents = second.verifiedContents().orElseThrow();
            assertEquals(List.of("bootstrap"), contents.stream().map(ContentItem::path).collect(Collectors.toList()));
            assertEquals(21, contents.get(0).size());
        }
        assertEquals(1, builder.runs.get());
        assertEquals(List.of("build " + KEY, "BUILT " + KEY, "REUSED " + KEY), listener.events);
    }

    @Test
    void anotherCacheObjectOnTheSameRootReusesTheEntry() throws Exception {
        CountingBuilder builder = new CountingBuilder("x");
        cache().getOrBuild(KEY, builder).close();
        try (CacheEntry entry = new BuildCache(temp.resolve("cache")).getOrBuild(KEY, builder)) {
            assertEquals(CacheOutcome.REUSED, entry.outcome());
        }
        assertEquals(1, builder.runs.get());
    }

    @Test
    void differentKeysGetDifferentEntries() throws Exception {
        BuildCache cache = cache();
        try (CacheEntry hello = cache.getOrBuild(KEY, new CountingBuilder("hello"));
                CacheEntry bye = cache.getOrBuild(OTHER_KEY, new CountingBuilder("bye"))) {
            assertEquals(CacheOutcome.BUILT, bye.outcome());
            assertEquals("hello", Files.readString(hello.directory().resolve("bootstrap")));
            assertEquals("bye", Files.readString(bye.directory().resolve("bootstrap")));
        }
    }

    @Test
    void concurrentCallersInOneJvmShareOneBuild() throws Exception {
        int callers = 8;
        BuildCache cache = cache();
        // The builder holds on until all seven other callers have reported that they wait for it,
        // so the test proves they overlapped instead of hoping they did.
        CountingBuilder builder = new CountingBuilder("once") {
            @Override
            public void build(Path outputDirectory) throws IOException {
                String self = Thread.currentThread().getName();
                while (listener.waitingThreads.stream().filter(name -> !name.equals(self)).count() < callers - 1) {
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                }
                super.build(outputDirectory);
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Use>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                // Like the plugin: take the entry, copy what it needs, let go.
                Callable<Use> call = () -> {
                    start.await();
                    try (CacheEntry entry = cache.getOrBuild(KEY, builder)) {
                        return new Use(entry.outcome(), entry.directory(),
                                Files.readString(entry.directory().resolve("bootstrap")));
                    }
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            List<Use> uses = new ArrayList<>();
            for (Future<Use> result : results) {
                uses.add(result.get(5, TimeUnit.MINUTES)); // a guard against a hang, not a timing check
            }

            assertEquals(1, builder.runs.get());
            Map<CacheOutcome, Long> outcomes =
                    uses.stream().collect(Collectors.groupingBy(Use::outcome, Collectors.counting()));
            assertEquals(Map.of(CacheOutcome.BUILT, 1L, CacheOutcome.REUSED, 7L), outcomes);
            assertEquals(1, uses.stream().map(Use::directory).distinct().count());
            assertEquals(Set.of("once"), uses.stream().map(Use::bootstrap).collect(Collectors.toSet()));
            assertTrue(listener.waitingThreads.size() >= callers - 1, listener.waitingThreads.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    private record Use(CacheOutcome outcome, Path directory, String bootstrap) {}

    @Test
    void anOpenEntryDoesNotBlockOtherReaders() throws Exception {
        BuildCache cache = cache();
        CountingBuilder builder = new CountingBuilder("x");
        try (CacheEntry held = cache.getOrBuild(KEY, builder)) {
            ExecutorService other = Executors.newSingleThreadExecutor();
            try {
                CacheEntry reused = other.submit(() -> cache.getOrBuild(KEY, builder)).get(5, TimeUnit.MINUTES);
                assertEquals(CacheOutcome.REUSED, reused.outcome());
                reused.close();
            } finally {
                other.shutdownNow();
            }
            assertEquals(CacheOutcome.BUILT, held.outcome());
        }
        assertTrue(listener.waitingThreads.isEmpty(), listener.waitingThreads.toString());
    }

    @Test
    void failingBuilderLeavesNoEntryAndTheNextCallBuilds() throws Exception {
        BuildCache cache = cache();
        SamNativeException failure = new SamNativeException("native-image failed with exit code 1");
        EntryBuilder failing = output -> {
            Files.writeString(output.resolve("bootstrap"), "half written");
            throw failure;
        };

        SamNativeException thrown = assertThrows(SamNativeException.class, () -> cache.getOrBuild(KEY, failing));

        assertSame(failure, thrown);
        assertFalse(Files.exists(new CacheLayout(cache.root()).entry(KEY.hex())));
        assertEquals(List.of(), children(cache.root().resolve("staging")));
        CountingBuilder working = new CountingBuilder("works");
        try (CacheEntry entry = cache.getOrBuild(KEY, working)) {
            assertEquals(CacheOutcome.BUILT, entry.outcome());
            assertEquals("works", Files.readString(entry.directory().resolve("bootstrap")));
        }
    }

    @Test
    void builderBugsAndWriteFailuresAlsoLeaveNothing() throws Exception {
        BuildCache cache = cache();
        EntryBuilder buggy = output -> {
            Files.writeString(output.resolve("partial"), "x");
            throw new IllegalStateException("bug in the image builder");
        };
        EntryBuilder diskFull = output -> {
            throw new IOException("No space left on device");
        };

        assertThrows(IllegalStateException.class, () -> cache.getOrBuild(KEY, buggy));
        SamNativeException wrapped = assertThrows(SamNativeException.class, () -> cache.getOrBuild(KEY, diskFull));

        assertTrue(wrapped.getMessage().contains("No space left on device"), wrapped.getMessage());
        assertTrue(wrapped.getMessage().contains(cache.root().toString()), wrapped.getMessage());
        assertEquals(List.of(), children(cache.root().resolve("staging")));
        assertEquals(List.of(), children(cache.root().resolve("entries")));
    }

    @Test
    void builderThatWritesNothingIsABug() throws Exception {
        BuildCache cache = cache();
        assertThrows(IllegalStateException.class, () -> cache.getOrBuild(KEY, output -> {}));
        assertEquals(List.of(), children(cache.root().resolve("entries")));
    }

    enum Damage {
        TRUNCATED_FILE("bootstrap has 3 bytes but the manifest says 12"),
        EDITED_FILE_OF_SAME_SIZE("bootstrap has different content"),
        MISSING_FILE("lib/app.jar is missing"),
        EXTRA_FILE("lib/extra.jar is not in the manifest"),
        LOST_EXECUTABLE_BIT("bootstrap is not executable"),
        MISSING_MARKER("completion marker"),
        MISSING_MANIFEST("manifest"),
        EDITED_MANIFEST("manifest does not match its completion marker"),
        EDITED_MANIFEST_OF_SAME_LENGTH("manifest does not match its completion marker"),
        MISSING_CONTENT("content directory");

        final String reported;

        Damage(String reported) {
            this.reported = reported;
        }
    }

    /**
     * A builder whose files are written just before sealing, like jlink's class archive; the entry
     * dates them back, so their stamps are kept.
     */
    private static final EntryBuilder SETTLED = output -> {
        Files.writeString(output.resolve("runtime.bin"), "a large runtime");
        Path bootstrap = Files.writeString(output.resolve("bootstrap"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(bootstrap, PosixFilePermissions.fromString("rwxr-xr-x"));
    };

    /** Builds the settled entry and returns its large file. */
    private static Path settledRuntime(BuildCache cache) throws Exception {
        try (CacheEntry entry = cache.getOrBuild(KEY, SETTLED)) {
            return entry.directory().resolve("runtime.bin");
        }
    }

    @Test
    void aSettledFileEditedInPlaceIsNoticedByItsNewModificationTime() throws Exception {
        BuildCache cache = cache();
        Path runtime = settledRuntime(cache);
        Files.writeString(runtime, "A LARGE RUNTIME");

        try (CacheEntry rebuilt = cache.getOrBuild(KEY, SETTLED)) {
            assertEquals(CacheOutcome.REBUILT_CORRUPT, rebuilt.outcome());
            assertEquals("runtime.bin has different content than when it was built", rebuilt.corruption().orElseThrow());
        }
    }

    /**
     * The documented trade (git's): a settled file whose size, modification time and inode are as
     * sealed is not read again. An edit that forges all three goes unnoticed, which shows that no hash
     * was taken; nothing else does. A build's files are dated back at sealing, so even those written
     * just before (the jvm runtime's class archive) keep such a stamp; an edit made right after
     * sealing, within the build's own clock tick, still shows as a later time
     * ({@link Damage#EDITED_FILE_OF_SAME_SIZE}).
     */
    @Test
    void aSettledFileWithItsStampIntactIsNotHashedAgain() throws Exception {
        BuildCache cache = cache();
        Instant beforeBuild = Instant.now();
        Path runtime = settledRuntime(cache);
        FileTime sealed = Files.getLastModifiedTime(runtime);
        assertTrue(sealed.toInstant().isBefore(beforeBuild.minusSeconds(1)), sealed + " is not before " + beforeBuild);
        editKeepingItsTime(runtime, "A LARGE RUNTIME");

        try (CacheEntry reused = cache.getOrBuild(KEY, SETTLED)) {
            assertEquals(CacheOutcome.REUSED, reused.outcome());
        }
    }

    /** Writes new content and sets the file's modification time back to what it was: a forged edit. */
    private static void editKeepingItsTime(Path file, String content) throws IOException {
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, before);
    }

    /** A file a builder linked from elsewhere is not dated back (the time is its other owner's too) and keeps no stamp. */
    @Test
    void aLinkedFileKeepsItsTimeAndIsComparedByContent() throws Exception {
        BuildCache cache = cache();
        Path outside = Files.writeString(cache.root().resolveSibling("outside.bin"), "shared");
        FileTime outsideTime = Files.getLastModifiedTime(outside);
        EntryBuilder linking = output -> Files.createLink(output.resolve("shared.bin"), outside);
        try (CacheEntry entry = cache.getOrBuild(KEY, linking)) {
            assertEquals(CacheOutcome.BUILT, entry.outcome());
        }
        assertEquals(outsideTime, Files.getLastModifiedTime(outside));

        editKeepingItsTime(outside, "SHARED");
        try (CacheEntry rebuilt = cache.getOrBuild(KEY, linking)) {
            assertEquals(CacheOutcome.REBUILT_CORRUPT, rebuilt.outcome(), "hashed, so the forged time did not hide the edit");
        }
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void damagedEntryIsDetectedAndRebuilt(Damage damage) throws Exception {
        BuildCache cache = cache();
        EntryBuilder jvmMode = output -> {
            Path bootstrap = Files.writeString(output.resolve("bootstrap"), "#!/bin/sh\nx\n");
            Files.setPosixFilePermissions(bootstrap, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.createDirectories(output.resolve("lib"));
            Files.writeString(output.resolve("lib/app.jar"), "jar bytes");
        };
        Path content;
        try (CacheEntry entry = cache.getOrBuild(KEY, jvmMode)) {
            content = entry.directory();
        }
        damage(damage, content);

        try (CacheEntry rebuilt = cache.getOrBuild(KEY, jvmMode)) {
            assertEquals(CacheOutcome.REBUILT_CORRUPT, rebuilt.outcome());
            String problem = rebuilt.corruption().orElseThrow();
            assertTrue(problem.contains(damage.reported), problem);
            assertEquals(List.of(problem), listener.corruptions);
            assertEquals("#!/bin/sh\nx\n", Files.readString(rebuilt.directory().resolve("bootstrap")));
            assertEquals("jar bytes", Files.readString(rebuilt.directory().resolve("lib/app.jar")));
        }
        try (CacheEntry again = cache.getOrBuild(KEY, jvmMode)) {
            assertEquals(CacheOutcome.REUSED, again.outcome());
        }
    }

    private static void damage(Damage damage, Path content) throws IOException {
        Path entry = content.getParent();
        switch (damage) {
            case TRUNCATED_FILE -> Files.writeString(content.resolve("bootstrap"), "#!/");
            case EDITED_FILE_OF_SAME_SIZE -> Files.writeString(content.resolve("bootstrap"), "#!/bin/sh\ny\n");
            case MISSING_FILE -> Files.delete(content.resolve("lib/app.jar"));
            case EXTRA_FILE -> Files.writeString(content.resolve("lib/extra.jar"), "?");
            case LOST_EXECUTABLE_BIT -> Files.setPosixFilePermissions(content.resolve("bootstrap"),
                    PosixFilePermissions.fromString("rw-r--r--"));
            case MISSING_MARKER -> Files.delete(CacheLayout.completionMarker(entry));
            case MISSING_MANIFEST -> Files.delete(CacheLayout.manifest(entry));
            case EDITED_MANIFEST -> Files.writeString(CacheLayout.manifest(entry),
                    editedManifest(Files.readString(CacheLayout.manifest(entry)), "FILE 3 "));
            case EDITED_MANIFEST_OF_SAME_LENGTH -> Files.writeString(CacheLayout.manifest(entry),
                    editedManifest(Files.readString(CacheLayout.manifest(entry)), "FILE 13 "));
            case MISSING_CONTENT -> FileTrees.delete(content);
        }
    }

    private static String editedManifest(String manifest, String sizeTwelveBecomes) {
        String edited = manifest.replace("FILE 12 ", sizeTwelveBecomes);
        assertNotEquals(manifest, edited, "the edit must change the manifest:\n" + manifest);
        return edited;
    }

    @Test
    void directoryEntriesKeepTheirRelativeLinks() throws Exception {
        BuildCache cache = cache();
        EntryBuilder jlinkLike = output -> {
            Files.createDirectories(output.resolve("runtime/legal/java.base"));
            Files.createDirectories(output.resolve("runtime/legal/java.logging"));
            Files.writeString(output.resolve("runtime/legal/java.base/LICENSE"), "GPLv2+CPE");
            Files.createSymbolicLink(output.resolve("runtime/legal/java.logging/LICENSE"),
                    Path.of("../java.base/LICENSE"));
            Files.createDirectories(output.resolve("runtime/conf/empty"));
            Files.writeString(output.resolve("bootstrap"), "#!/bin/sh\n");
        };
        cache.getOrBuild(KEY, jlinkLike).close();
        try (CacheEntry entry = cache.getOrBuild(KEY, jlinkLike)) {
            assertEquals(CacheOutcome.REUSED, entry.outcome());
            Path link = entry.directory().resolve("runtime/legal/java.logging/LICENSE");
            assertEquals(Path.of("../java.base/LICENSE"), Files.readSymbolicLink(link));
            assertEquals("GPLv2+CPE", Files.readString(link));
            assertTrue(Files.isDirectory(entry.directory().resolve("runtime/conf/empty")));
        }
        // A link that now points elsewhere is damage like any other.
        Path link = new CacheLayout(cache.root()).entry(KEY.hex()).resolve("content/runtime/legal/java.logging/LICENSE");
        Files.delete(link);
        Files.createSymbolicLink(link, Path.of("../../legal/java.base/LICENSE"));
        try (CacheEntry entry = cache.getOrBuild(KEY, jlinkLike)) {
            assertEquals(CacheOutcome.REBUILT_CORRUPT, entry.outcome());
        }
    }

    @Test
    void linksLeadingOutOfTheOutputAreRefused() throws Exception {
        BuildCache cache = cache();
        Path outside = Files.writeString(temp.resolve("outside.txt"), "x");
        EntryBuilder absolute = output -> {
            Files.writeString(output.resolve("bootstrap"), "#!/bin/sh\n");
            Files.createSymbolicLink(output.resolve("data"), outside);
        };
        EntryBuilder escaping = output -> {
            Files.writeString(output.resolve("bootstrap"), "#!/bin/sh\n");
            Files.createSymbolicLink(output.resolve("data"), Path.of("../../outside.txt"));
        };

        SamNativeException e = assertThrows(SamNativeException.class, () -> cache.getOrBuild(KEY, absolute));
        assertTrue(e.getMessage().contains("data -> " + outside), e.getMessage());
        assertThrows(SamNativeException.class, () -> cache.getOrBuild(KEY, escaping));
        assertEquals(List.of(), children(cache.root().resolve("entries")));
    }

    @Test
    void leftoversOfCrashedBuildsAreSweptAndDoNotBlock() throws Exception {
        BuildCache cache = cache();
        CacheLayout layout = new CacheLayout(cache.root());
        String crashedKey = "a".repeat(64);
        Path crashedStaging = layout.staging().resolve(crashedKey + ".123");
        TestTrees.write(crashedStaging.resolve("content/bootstrap"), "half");
        Path ownStaging = layout.staging().resolve(KEY.hex() + ".456");
        TestTrees.write(ownStaging.resolve("content/bootstrap"), "half of ours");
        Path orphanLock = TestTrees.write(layout.lockFile("b".repeat(64)), "");
        Path ownLock = TestTrees.write(layout.lockFile(KEY.hex()), "");
        Path foreign = TestTrees.write(layout.staging().resolve("notes.txt"), "not the cache's");

        try (CacheEntry entry = cache.getOrBuild(KEY, new CountingBuilder("fresh"))) {
            assertEquals(CacheOutcome.BUILT, entry.outcome());
            assertEquals("fresh", Files.readString(entry.directory().resolve("bootstrap")));
        }

        assertFalse(Files.exists(crashedStaging));
        assertFalse(Files.exists(ownStaging));
        assertFalse(Files.exists(orphanLock));
        assertTrue(Files.exists(foreign));
        assertTrue(Files.exists(ownLock), "the lock of an existing entry stays");
        assertEquals(Set.of(crashedStaging, ownStaging, orphanLock), new HashSet<>(listener.leftovers));
    }

    @Test
    void locationDefaultsFollowXdgAndCanBeOverridden() {
        Path home = Path.of("/home/dev");
        Map<String, String> xdg = Map.of("XDG_CACHE_HOME", "/var/cache/dev");

        assertEquals(Path.of("/var/cache/dev/sam-native"), CacheLocation.resolve(null, xdg::get, home));
        assertEquals(Path.of("/home/dev/.cache/sam-native"), CacheLocation.resolve(null, name -> null, home));
        assertEquals(Path.of("/home/dev/.cache/sam-native"), CacheLocation.resolve("", Map.of("XDG_CACHE_HOME", "")::get, home));
        // The XDG spec says a relative value is invalid and to be ignored.
        assertEquals(Path.of("/home/dev/.cache/sam-native"),
                CacheLocation.resolve(null, Map.of("XDG_CACHE_HOME", "relative/cache")::get, home));
        assertEquals(Path.of("/opt/ci-cache"), CacheLocation.resolve("/opt/ci-cache", xdg::get, home));
    }

    private static List<Path> children(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }
}
