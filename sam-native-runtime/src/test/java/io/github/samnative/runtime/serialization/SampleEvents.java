package io.github.samnative.runtime.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Reads the sample events SAM CLI generates (copied unchanged into src/test/resources/events). */
final class SampleEvents {

    private SampleEvents() {}

    static ObjectMapper mapper() {
        return LambdaJson.mapper();
    }

    /** Deserializes a sample event exactly as a handler taking {@code type} would receive it. */
    static <T> T read(String file, Class<T> type) throws IOException {
        try (InputStream in = SampleEvents.class.getResourceAsStream("/events/" + file)) {
            assertNotNull(in, "missing test resource events/" + file);
            return mapper().readValue(in, type);
        }
    }

    static JsonNode tree(String file) throws IOException {
        try (InputStream in = SampleEvents.class.getResourceAsStream("/events/" + file)) {
            assertNotNull(in, "missing test resource events/" + file);
            return mapper().readTree(in);
        }
    }

    /** Parses JSON written with single quotes, to keep expected values readable in Java source. */
    static JsonNode json(String singleQuoted) {
        try {
            return mapper().readTree(singleQuoted.replace('\'', '"'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serializes as a handler's response and parses the bytes back, to compare whole documents. */
    static JsonNode written(Object response) throws IOException {
        return mapper().readTree(mapper().writeValueAsBytes(response));
    }

    static void assertJson(String expectedSingleQuoted, Object response) throws IOException {
        assertEquals(json(expectedSingleQuoted), written(response));
    }

    static String utf8(ByteBuffer buffer) {
        ByteBuffer view = buffer.duplicate();
        byte[] bytes = new byte[view.remaining()];
        view.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
