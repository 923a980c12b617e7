package io.github.samnative.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class InvocationSessionTest {

    @Test
    void measuresOnlyTheInvocationsAfterWarmUp() {
        InvocationSession session = new InvocationSession(1, 2);
        // warm-up: 1000 ns round trip, not measured
        assertEquals("bench-1", session.onNext(0));
        session.onEventSent(100);
        session.onResponse("bench-1", 1_100);
        assertFalse(session.measuring().isDone(), "still warming up");
        // measured: next at 2_000, round trips of 500 and 1_500 ns, last response at 6_000
        assertEquals("bench-2", session.onNext(2_000));
        assertTrue(session.measuring().isDone());
        session.onEventSent(2_100);
        session.onResponse("bench-2", 2_600);
        assertFalse(session.finished().isDone());
        assertEquals("bench-3", session.onNext(3_000));
        session.onEventSent(4_500);
        session.onResponse("bench-3", 6_000);

        assertTrue(session.finished().isDone());
        assertEquals(0L, session.firstNext().join());
        assertEquals(2 * 1e9 / 4_000, session.invocationsPerSecond(), 1e-6);
        assertEquals(500, session.latencies().min());
        assertEquals(1_500, session.latencies().max());
        assertEquals(1, session.turnarounds().size());
        assertEquals(400, session.turnarounds().min(), "from the response at 2_600 to the next at 3_000");
        assertNull(session.onNext(7_000), "nothing is served after the last event");
    }

    @Test
    void aStartUpSessionOnlyRecordsTheFirstNext() {
        InvocationSession session = InvocationSession.startUpOnly();
        assertNull(session.onNext(42));
        assertFalse(session.firstNext().isDone(), "known once the server has parked the request");
        session.onParked();
        assertNull(session.onNext(43));
        session.onParked();
        assertEquals(42L, session.firstNext().join());
    }

    @Test
    void anErrorOrAStrayResponseFailsTheSession() {
        InvocationSession session = new InvocationSession(0, 2);
        session.onNext(0);
        session.onResponse("bench-9", 10);
        CompletionException failure = assertThrows(CompletionException.class, () -> session.finished().join());
        assertEquals("a response for bench-9 while bench-1 was pending", failure.getCause().getMessage());
        assertThrows(IllegalStateException.class, session::invocationsPerSecond);
    }
}
