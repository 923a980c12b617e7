package io.github.samnative.core.local.runtimeapi;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TraceHeadersTest {

    @Test
    void theRootCarriesTheTimeInHexSecondsAndEachHeaderIsNew() {
        String first = TraceHeaders.newTraceHeader(1_700_000_000_123L);
        String second = TraceHeaders.newTraceHeader(1_700_000_000_123L);

        assertTrue(first.matches("Root=1-6553f100-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0"), first);
        assertNotEquals(first, second);
    }
}
