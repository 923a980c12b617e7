package io.github.samnative.core.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestBodiesTest {

    @Test
    void keepsABodyUpToTheLimit() throws Exception {
        byte[] small = "{\"url\":\"https://example.org/\"}".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(small, RequestBodies.read(new ByteArrayInputStream(small), 1024).orElseThrow());
        byte[] exact = new byte[1024];
        exact[1023] = 7;
        assertArrayEquals(exact, RequestBodies.read(new ByteArrayInputStream(exact), 1024).orElseThrow());
        assertArrayEquals(new byte[0], RequestBodies.read(new ByteArrayInputStream(new byte[0]), 1024).orElseThrow());
    }

    @Test
    void refusesALargerBodyAfterReadingItToItsEnd() throws Exception {
        ByteArrayInputStream large = new ByteArrayInputStream(new byte[100_000]);

        Optional<byte[]> body = RequestBodies.read(large, 1024);

        assertTrue(body.isEmpty());
        assertEquals(0, large.available(), "the client's bytes are all consumed, so it gets the answer");
    }
}
