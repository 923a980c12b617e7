package io.github.samnative.core.cache;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every event the cache reports, from any thread. */
final class RecordingListener implements CacheListener {

    final List<String> events = new CopyOnWriteArrayList<>();
    final Set<String> waitingThreads = ConcurrentHashMap.newKeySet();
    final List<String> evicted = new CopyOnWriteArrayList<>();
    final List<Path> leftovers = new CopyOnWriteArrayList<>();
    final List<String> corruptions = new CopyOnWriteArrayList<>();

    @Override
    public void waitingForLock(CacheKey key, Path lockFile) {
        waitingThreads.add(Thread.currentThread().getName());
        events.add("waiting " + key);
    }

    @Override
    public void buildStarted(CacheKey key) {
        events.add("build " + key);
    }

    @Override
    public void corruptEntryDiscarded(CacheKey key, String reason) {
        corruptions.add(reason);
        events.add("corrupt " + key);
    }

    @Override
    public void entryReady(CacheEntry entry) {
        events.add(entry.outcome() + " " + entry.key());
    }

    @Override
    public void entryEvicted(String keyHex, long bytes) {
        evicted.add(keyHex);
        events.add("evicted " + keyHex);
    }

    @Override
    public void leftoverRemoved(Path path) {
        leftovers.add(path);
        events.add("leftover " + path.getFileName());
    }
}
