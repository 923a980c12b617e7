package io.github.samnative.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyLockTest {

    @TempDir
    Path temp;

    private final ExecutorService other = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopThread() {
        other.shutdownNow();
    }

    @Test
    void sharedLeasesCoexistAndKeepWritersOut() throws Exception {
        KeyLock lock = KeyLock.at(temp.resolve("locks/k.lock"));
        KeyLock.Lease first = lock.shared(() -> {});
        KeyLock.Lease second = other.submit(() -> lock.shared(() -> {})).get(1, TimeUnit.MINUTES);

        assertTrue(lock.tryExclusive().isEmpty());
        first.close();
        assertTrue(lock.tryExclusive().isEmpty());
        second.close();

        Optional<KeyLock.Lease> exclusive = lock.tryExclusive();
        assertTrue(exclusive.isPresent());
        exclusive.get().close();
    }

    @Test
    void aLeaseMayBeReleasedByAnotherThread() throws Exception {
        KeyLock lock = KeyLock.at(temp.resolve("k.lock"));
        KeyLock.Lease shared = lock.shared(() -> {});
        other.submit(() -> {
            shared.close();
            return null;
        }).get(1, TimeUnit.MINUTES);

        Optional<KeyLock.Lease> exclusive = lock.tryExclusive();
        assertTrue(exclusive.isPresent());
        exclusive.get().close();
    }

    @Test
    void aWriterWaitsForTheHolderAndSaysSo() throws Exception {
        KeyLock lock = KeyLock.at(temp.resolve("k.lock"));
        KeyLock.Lease held = lock.exclusive(() -> {});
        CountDownLatch waiting = new CountDownLatch(1);
        Future<KeyLock.Lease> waiter = other.submit(() -> lock.exclusive(waiting::countDown));

        waiting.await();
        assertFalse(waiter.isDone());
        held.close();

        waiter.get(1, TimeUnit.MINUTES).close();
    }

    @Test
    void aDowngradedLeaseLetsReadersInButNotWriters() throws Exception {
        KeyLock lock = KeyLock.at(temp.resolve("k.lock"));
        KeyLock.Lease reading = lock.exclusive(() -> {}).downgrade();
        assertFalse(reading.lostFile());

        KeyLock.Lease reader = other.submit(() -> lock.shared(() -> {})).get(1, TimeUnit.MINUTES);
        assertTrue(lock.tryExclusive().isEmpty());

        reader.close();
        reading.close();
        Optional<KeyLock.Lease> exclusive = lock.tryExclusive();
        assertTrue(exclusive.isPresent());
        exclusive.get().close();
    }

    @Test
    void retiringDeletesTheFileAndTheNextHolderGetsAFreshOne() throws Exception {
        Path file = temp.resolve("k.lock");
        KeyLock lock = KeyLock.at(file);
        KeyLock.Lease held = lock.exclusive(() -> {});
        Future<KeyLock.Lease> waiter = other.submit(() -> lock.exclusive(() -> {}));

        held.retire();
        KeyLock.Lease next = waiter.get(1, TimeUnit.MINUTES);

        assertTrue(Files.exists(file));
        assertFalse(next.lostFile());
        assertEquals(0, Files.size(file));
        next.close();
    }
}
