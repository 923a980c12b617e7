package io.github.samnative.core.cache;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A separate process that uses the cache, for {@link CrossProcessBuildCacheTest}. Every mode first
 * creates its {@code ready} file and then waits for the test's signal file, so the test decides
 * when the processes act and knows that they all overlap.
 */
public final class CacheContender {

    static final CacheKey SHARED_KEY = CacheKey.builder().addParameter("test", "cross-process").build();
    static final CacheKey HELD_KEY = CacheKey.builder().addParameter("test", "held").build();

    private CacheContender() {}

    /**
     * <ul>
     *   <li>{@code build <cache> <ready> <go> <counter>}: on go, getOrBuild SHARED_KEY with a builder
     *       that increments the counter file and takes a while; prints the outcome.
     *   <li>{@code hold <cache> <ready> <go>}: getOrBuild HELD_KEY, signal ready, keep it open until go.
     *   <li>{@code crash <cache> <ready>}: start building SHARED_KEY, signal ready, never finish.
     *   <li>{@code lock <file> <ready> <go>}: hold a raw exclusive lock on the file; on go, delete it and exit.
     * </ul>
     */
    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "build" -> build(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), Path.of(args[4]));
            case "hold" -> hold(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
            case "crash" -> crash(Path.of(args[1]), Path.of(args[2]));
            case "lock" -> lock(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void build(Path cacheRoot, Path ready, Path go, Path counter) throws Exception {
        BuildCache cache = new BuildCache(cacheRoot);
        Files.createFile(ready);
        awaitFile(go);
        try (CacheEntry entry = cache.getOrBuild(SHARED_KEY, output -> {
            int builds = Files.exists(counter) ? Integer.parseInt(Files.readString(counter).trim()) : 0;
            Files.writeString(counter, Integer.toString(builds + 1));
            pause(500); // gives the others time to pile up behind the lock
            Files.writeString(output.resolve("bootstrap"), "built by " + ProcessHandle.current().pid());
        })) {
            System.out.println(entry.outcome() + " " + entry.directory());
        }
    }

    private static void hold(Path cacheRoot, Path ready, Path go) throws Exception {
        BuildCache cache = new BuildCache(cacheRoot);
        try (CacheEntry entry = cache.getOrBuild(HELD_KEY,
                output -> Files.writeString(output.resolve("bootstrap"), "held"))) {
            Files.createFile(ready);
            awaitFile(go);
            System.out.println(entry.outcome());
        }
    }

    private static void crash(Path cacheRoot, Path ready) throws Exception {
        BuildCache cache = new BuildCache(cacheRoot);
        cache.getOrBuild(SHARED_KEY, output -> {
            Files.writeString(output.resolve("bootstrap"), "never finished");
            Files.createFile(ready);
            pause(Long.MAX_VALUE);
        });
    }

    private static void lock(Path file, Path ready, Path go) throws Exception {
        Files.createDirectories(file.getParent());
        try (FileChannel channel = FileChannel.open(file,
                StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            channel.lock(); // released when the channel closes
            Files.createFile(ready);
            awaitFile(go);
            // What retire() does: delete the file while still holding its lock.
            Files.delete(file);
        }
    }

    private static void awaitFile(Path file) {
        while (!Files.exists(file)) {
            pause(10);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static String read(Path file) throws IOException {
        return Files.readString(file).trim();
    }
}
