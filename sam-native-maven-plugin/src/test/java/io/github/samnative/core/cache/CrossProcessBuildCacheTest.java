package io.github.samnative.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache as SAM uses it: several separate JVMs asking for the same key at once. */
class CrossProcessBuildCacheTest {

    // Guards against a hang only; nothing here asserts how long anything takes.
    private static final long HANG_GUARD_SECONDS = 180;

    @TempDir
    Path temp;

    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void stopChildren() {
        children.forEach(Process::destroyForcibly);
    }

    @Test
    void fourProcessesBuildOnceAndAllGetTheEntry() throws Exception {
        Path cache = temp.resolve("cache");
        Path go = temp.resolve("go");
        Path counter = temp.resolve("builds");
        List<Process> contenders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Path ready = temp.resolve("ready-" + i);
            contenders.add(start("contender-" + i, "build", cache.toString(), ready.toString(), go.toString(),
                    counter.toString()));
            awaitFile(ready, contenders.get(i));
        }
        Files.createFile(go);

        List<String> outputs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            outputs.add(finish(contenders.get(i), "contender-" + i));
        }

        assertEquals("1", CacheContender.read(counter), "builder runs");
        Map<String, Long> outcomes = outputs.stream()
                .collect(Collectors.groupingBy(line -> line.split(" ")[0], Collectors.counting()));
        assertEquals(Map.of("BUILT", 1L, "REUSED", 3L), outcomes, outputs.toString());
        assertEquals(1, outputs.stream().map(line -> line.split(" ")[1]).distinct().count(), outputs.toString());
        try (CacheEntry entry = new BuildCache(cache).getOrBuild(CacheContender.SHARED_KEY,
                output -> fail("the entry should exist"))) {
            assertEquals(CacheOutcome.REUSED, entry.outcome());
            assertTrue(Files.readString(entry.directory().resolve("bootstrap")).startsWith("built by "));
        }
    }

    @Test
    void aBuildWhoseProcessWasKilledBlocksNothing() throws Exception {
        Path cache = temp.resolve("cache");
        Path ready = temp.resolve("building");
        Process crasher = start("crasher", "crash", cache.toString(), ready.toString());
        awaitFile(ready, crasher);

        crasher.destroyForcibly();
        crasher.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS);

        RecordingListener listener = new RecordingListener();
        BuildCache buildCache = new BuildCache(cache, CacheLimits.DEFAULT, listener, Clock.systemUTC());
        try (CacheEntry entry = buildCache.getOrBuild(CacheContender.SHARED_KEY, new CountingBuilder("rebuilt"))) {
            assertEquals(CacheOutcome.BUILT, entry.outcome());
            assertEquals("rebuilt", Files.readString(entry.directory().resolve("bootstrap")));
        }
        assertEquals(1, listener.leftovers.size(), listener.leftovers.toString());
        assertTrue(listener.leftovers.get(0).getFileName().toString().startsWith(CacheContender.SHARED_KEY.hex() + "."));
        assertFalse(Files.exists(listener.leftovers.get(0)));
    }

    @Test
    void anEntryAnotherProcessHoldsIsNotEvicted() throws Exception {
        Path cache = temp.resolve("cache");
        Path ready = temp.resolve("holding");
        Path go = temp.resolve("release");
        Process holder = start("holder", "hold", cache.toString(), ready.toString(), go.toString());
        awaitFile(ready, holder);
        RecordingListener listener = new RecordingListener();
        BuildCache oneEntryCache =
                new BuildCache(cache, new CacheLimits(1, Long.MAX_VALUE), listener, Clock.systemUTC());
        CacheLayout layout = new CacheLayout(oneEntryCache.root());

        oneEntryCache.getOrBuild(CacheKey.builder().addParameter("n", "1").build(), new CountingBuilder("1")).close();

        assertTrue(Files.exists(layout.entry(CacheContender.HELD_KEY.hex())), "held by the other process");
        assertEquals(List.of(), listener.evicted);

        Files.createFile(go);
        assertEquals("BUILT", finish(holder, "holder"));
        oneEntryCache.getOrBuild(CacheKey.builder().addParameter("n", "2").build(), new CountingBuilder("2")).close();

        assertFalse(Files.exists(layout.entry(CacheContender.HELD_KEY.hex())));
        assertTrue(listener.evicted.contains(CacheContender.HELD_KEY.hex()), listener.evicted.toString());
    }

    @Test
    void aLockFileDeletedWhileWaitingForItIsNotTrusted() throws Exception {
        // Another process holds the lock, then deletes the file and lets go, as retire() does. Our
        // waiter gets the lock of a file no longer there; it must start over on a fresh file.
        Path file = temp.resolve("locks/k.lock");
        Path ready = temp.resolve("locked");
        Path go = temp.resolve("delete");
        Process locker = start("locker", "lock", file.toString(), ready.toString(), go.toString());
        awaitFile(ready, locker);

        ExecutorService waiter = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch waiting = new CountDownLatch(1);
            Future<KeyLock.Lease> lease = waiter.submit(() -> KeyLock.at(file).exclusive(waiting::countDown));
            waiting.await();
            Files.createFile(go);
            finish(locker, "locker");

            try (KeyLock.Lease held = lease.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS)) {
                assertTrue(Files.exists(file), "a fresh lock file");
                assertFalse(held.lostFile());
            }
        } finally {
            waiter.shutdownNow();
        }
    }

    private Process start(String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                CacheContender.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectOutput(temp.resolve(name + ".out").toFile())
                .redirectError(temp.resolve(name + ".err").toFile())
                .start();
        children.add(process);
        return process;
    }

    private String finish(Process process, String name) throws Exception {
        if (!process.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)) {
            fail(name + " hung; stderr: " + Files.readString(temp.resolve(name + ".err")));
        }
        assertEquals(0, process.exitValue(), name + " failed: " + Files.readString(temp.resolve(name + ".err")));
        return Files.readString(temp.resolve(name + ".out")).trim();
    }

    private static void awaitFile(Path file, Process process) throws InterruptedException {
        while (!Files.exists(file)) {
            if (!process.isAlive()) {
                fail("the child process ended (exit " + process.exitValue() + ") before creating " + file);
            }
            Thread.sleep(10);
        }
    }
}
