package io.github.samnative.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.samnative.core.SamNativeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LruEvictionTest {

    @TempDir
    Path temp;

    private final RecordingListener listener = new RecordingListener();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));

    @Test
    void evictsTheLeastRecentlyUsedEntriesBeyondTheEntryLimit() throws Exception {
        BuildCache cache = cache(new CacheLimits(3, Long.MAX_VALUE));
        use(cache, "k1");
        use(cache, "k2");
        use(cache, "k3");
        use(cache, "k1"); // k1 is now more recent than k2 and k3

        use(cache, "k4");

        assertEquals(Set.of(key("k1"), key("k3"), key("k4")), entries(cache));
        assertEquals(List.of(key("k2")), listener.evicted);

        use(cache, "k5");

        assertEquals(Set.of(key("k1"), key("k4"), key("k5")), entries(cache));
        assertEquals(List.of(key("k2"), key("k3")), listener.evicted);
    }

    @Test
    void evictionRemovesTheLockFileToo() throws Exception {
        BuildCache cache = cache(new CacheLimits(1, Long.MAX_VALUE));
        use(cache, "k1");
        use(cache, "k2");

        CacheLayout layout = new CacheLayout(cache.root());
        assertFalse(Files.exists(layout.lockFile(key("k1"))));
        assertTrue(Files.exists(layout.lockFile(key("k2"))));
    }

    @Test
    void evictsUntilTheByteLimitHolds() throws Exception {
        // Each entry is 10,000 bytes of content plus a manifest and marker of well under 1,000.
        BuildCache cache = cache(new CacheLimits(100, 25_000));
        use(cache, "k1", 10_000);
        use(cache, "k2", 10_000);
        assertEquals(Set.of(key("k1"), key("k2")), entries(cache));

        use(cache, "k3", 10_000);

        assertEquals(Set.of(key("k2"), key("k3")), entries(cache));
        assertEquals(List.of(key("k1")), listener.evicted);
    }

    @Test
    void theEntryJustBuiltStaysEvenIfItAloneExceedsTheLimit() throws Exception {
        BuildCache cache = cache(new CacheLimits(10, 100));
        use(cache, "k1", 1_000);
        assertEquals(Set.of(key("k1")), entries(cache));

        use(cache, "k2", 1_000);

        assertEquals(Set.of(key("k2")), entries(cache));
    }

    @Test
    void anEntryInUseIsNotEvicted() throws Exception {
        BuildCache cache = cache(new CacheLimits(1, Long.MAX_VALUE));
        try (CacheEntry held = cache.getOrBuild(CacheKey.builder().addParameter("k", "k1").build(),
                new CountingBuilder("k1"))) {
            clock.advance(Duration.ofMinutes(1));
            use(cache, "k2");
            assertEquals(Set.of(key("k1"), key("k2")), entries(cache));
            assertEquals(List.of(), listener.evicted);
            assertEquals("k1", Files.readString(held.directory().resolve("bootstrap")));
        }

        use(cache, "k3");

        assertEquals(Set.of(key("k3")), entries(cache));
        assertEquals(Set.of(key("k1"), key("k2")), Set.copyOf(listener.evicted));
    }

    @Test
    void anEvictedEntryIsBuiltAgainOnItsNextUse() throws Exception {
        BuildCache cache = cache(new CacheLimits(1, Long.MAX_VALUE));
        use(cache, "k1");
        use(cache, "k2");

        try (CacheEntry again = cache.getOrBuild(CacheKey.builder().addParameter("k", "k1").build(),
                new CountingBuilder("k1"))) {
            assertEquals(CacheOutcome.BUILT, again.outcome());
        }
    }

    private BuildCache cache(CacheLimits limits) throws SamNativeException {
        return new BuildCache(temp.resolve("cache"), limits, listener, clock);
    }

    private void use(BuildCache cache, String name) throws Exception {
        use(cache, name, 10);
    }

    /** Gets (building if needed) the entry named {@code name}, one simulated minute after the last use. */
    private void use(BuildCache cache, String name, int bytes) throws Exception {
        clock.advance(Duration.ofMinutes(1));
        String content = name + "x".repeat(bytes - name.length());
        cache.getOrBuild(CacheKey.builder().addParameter("k", name).build(), new CountingBuilder(content)).close();
    }

    private static String key(String name) {
        return CacheKey.builder().addParameter("k", name).build().hex();
    }

    private static Set<String> entries(BuildCache cache) throws Exception {
        try (var list = Files.list(cache.root().resolve("entries"))) {
            return list.map(path -> path.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
