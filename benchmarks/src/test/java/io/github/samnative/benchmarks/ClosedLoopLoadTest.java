package io.github.samnative.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ClosedLoopLoadTest {

    private static final long PLENTY_OF_TIME = TimeUnit.MINUTES.toNanos(5);

    @Test
    void stopsAtTheRequestCountSharedByAllClients() throws InterruptedException {
        AtomicInteger sent = new AtomicInteger();
        RequestSender ok = () -> {
            sent.incrementAndGet();
            return 200;
        };
        LoadResult result = new ClosedLoopLoad(List.of(ok, ok, ok, ok)).run(1000, PLENTY_OF_TIME);
        assertEquals(1000, sent.get());
        assertEquals(1000, result.requests());
        assertEquals(0, result.errors());
        assertEquals(4, result.clients());
        assertEquals(1000, result.latency().orElseThrow().size());
    }

    @Test
    void redirectsSucceedWhileServerErrorsAndFailuresCountAsErrors() throws InterruptedException {
        AtomicInteger turn = new AtomicInteger();
        RequestSender mixed = () -> switch (turn.getAndIncrement() % 4) {
            case 0 -> 302;
            case 1 -> 500;
            case 2 -> throw new IOException("connection reset");
            default -> 200;
        };
        LoadResult result = new ClosedLoopLoad(List.of(mixed)).run(8, PLENTY_OF_TIME);
        assertEquals(8, result.requests());
        assertEquals(4, result.errors());
        assertEquals(4, result.latency().orElseThrow().size());
    }

    @Test
    void nothingSucceededMeansNoLatencyRatherThanAFailure() throws InterruptedException {
        LoadResult result = new ClosedLoopLoad(List.of(() -> 503)).run(3, PLENTY_OF_TIME);
        assertFalse(result.latency().isPresent());
        assertEquals("| 1 | 3 |", result.markdownRow().substring(0, 9));
        assertTrue(result.markdownRow().endsWith("| n/a | n/a | 3 |"), result.markdownRow());
    }

    @Test
    void optionsNeedAUrlAndSaneCounts() {
        LoadOptions options = LoadOptions.parse("--url", "http://127.0.0.1:3000/bench", "--clients", "16", "--requests", "20_000");
        assertEquals("/bench", options.url().getPath());
        assertEquals(16, options.clients());
        assertEquals(20_000, options.requests());
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse("--clients", "4"));
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse("--url", "http://x/", "--clients", "0"));
    }
}
