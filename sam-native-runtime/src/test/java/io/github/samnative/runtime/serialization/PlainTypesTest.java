package io.github.samnative.runtime.serialization;

import static io.github.samnative.runtime.serialization.SampleEvents.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The input and output types handlers use besides aws-lambda-java-events. */
class PlainTypesTest {

    private final ObjectMapper mapper = LambdaJson.mapper();

    @Test
    void stringsTravelAsJsonStrings() throws Exception {
        assertEquals("hello \"world\"", mapper.readValue("\"hello \\\"world\\\"\"", String.class));
        assertEquals("\"ok\"", mapper.writeValueAsString("ok"));
    }

    @Test
    void boxedPrimitivesTravelAsJsonScalars() throws Exception {
        assertEquals(42, mapper.readValue("42", Integer.class));
        assertEquals(9_007_199_254_740_993L, mapper.readValue("9007199254740993", Long.class));
        assertEquals(1.5, mapper.readValue("1.5", Double.class));
        assertEquals(Boolean.TRUE, mapper.readValue("true", Boolean.class));
        assertEquals("42", mapper.writeValueAsString(42));
        assertEquals("false", mapper.writeValueAsString(Boolean.FALSE));
        assertEquals("2.25", mapper.writeValueAsString(2.25d));
    }

    @Test
    void nullIsTheEventOfNoInputAndTheResponseOfVoidHandlers() throws Exception {
        assertNull(mapper.readValue("null", String.class));
        assertNull(mapper.readValue("null", Order.class));
        assertEquals("null", mapper.writeValueAsString(null));
    }

    @Test
    void mapsAndListsRoundTrip() throws Exception {
        String document = "{\"name\":\"box\",\"sizes\":[1,2,3],\"nested\":{\"ok\":true,\"ratio\":0.5}}";

        Map<String, Object> map = mapper.readValue(document, new TypeReference<Map<String, Object>>() {});

        assertEquals("box", map.get("name"));
        assertEquals(List.of(1, 2, 3), map.get("sizes"));
        assertEquals(Map.of("ok", true, "ratio", 0.5), map.get("nested"));
        assertEquals(document, mapper.writeValueAsString(map));
        List<Long> list = mapper.readValue("[1, 2, 5000000000]", new TypeReference<List<Long>>() {});
        assertEquals(List.of(1L, 2L, 5_000_000_000L), list);
        assertEquals("[1,2,5000000000]", mapper.writeValueAsString(list));
    }

    @Test
    void nullMapValuesAreLeftOutLikeNullProperties() throws Exception {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("kept", 1);
        map.put("dropped", null);

        assertEquals("{\"kept\":1}", mapper.writeValueAsString(map));
    }

    @Test
    void jsonNodesRoundTripUnchanged() throws Exception {
        String document = "{\"a\":[1,\"two\",null,{\"b\":false}],\"c\":null,\"d\":1.25}";

        JsonNode node = mapper.readValue(document, JsonNode.class);

        assertEquals("two", node.path("a").get(1).asText());
        assertEquals(document, mapper.writeValueAsString(node));
    }

    @Test
    void recordsAreReadThroughTheirCanonicalConstructorAndWrittenWithoutNulls() throws Exception {
        Order order = mapper.readValue("{\"id\":\"o-1\",\"quantity\":3,\"lines\":[{\"sku\":\"A-7\",\"price\":9.5}],"
                + "\"addedLater\":\"ignored\"}", Order.class);

        assertEquals(new Order("o-1", 3, List.of(new Line("A-7", 9.5)), null), order);
        assertEquals("{\"id\":\"o-1\",\"quantity\":3,\"lines\":[{\"sku\":\"A-7\",\"price\":9.5}]}",
                mapper.writeValueAsString(order));
    }

    @Test
    void beansAreReadThroughSettersAndNamedByTheJavaBeansRule() throws Exception {
        Greeting greeting = mapper.readValue("{\"name\":\"Ada\",\"URL\":\"https://example.com\",\"unknown\":1}",
                Greeting.class);

        assertEquals("Ada", greeting.getName());
        assertEquals("https://example.com", greeting.getURL());
        assertEquals(json("{'name':'Ada','URL':'https://example.com','polite':false}"),
                mapper.readTree(mapper.writeValueAsString(greeting)));
        greeting.setName(null);
        assertEquals(json("{'URL':'https://example.com','polite':false}"),
                mapper.readTree(mapper.writeValueAsString(greeting)));
    }

    @Test
    void aSingleValueIsAcceptedWhereAListIsExpected() throws Exception {
        Order order = mapper.readValue("{\"id\":\"o-2\",\"quantity\":1,\"tags\":\"urgent\"}", Order.class);

        assertEquals(List.of("urgent"), order.tags());
    }

    @Test
    void anObjectWithoutPropertiesIsWrittenAsAnEmptyObject() throws Exception {
        assertEquals("{}", mapper.writeValueAsString(new Object()));
    }

    @Test
    void theMapperLeavesTheLoopsStreamsOpen() throws Exception {
        ClosingWatch in = new ClosingWatch("{\"id\":\"o-3\",\"quantity\":2}");
        ClosingOutput out = new ClosingOutput();

        Order order = mapper.readValue(in, Order.class);
        mapper.writeValue(out, order);

        assertFalse(in.closed, "input stream was closed");
        assertFalse(out.closed, "output stream was closed");
        assertEquals("{\"id\":\"o-3\",\"quantity\":2}", out.toString(StandardCharsets.UTF_8));
    }

    record Shipment(String id, java.time.Instant shippedAt, java.time.LocalDate due, java.util.Optional<String> note) {}

    @Test
    void javaTimeAndOptionalWorkInRecordsAsIsoText() throws Exception {
        Shipment shipment = mapper.readValue(
                "{\"id\":\"s-1\",\"shippedAt\":\"2026-11-26T15:30:00.250Z\",\"due\":\"2026-12-01\",\"note\":\"fragile\"}",
                Shipment.class);
        assertEquals(java.time.Instant.parse("2026-11-26T15:30:00.250Z"), shipment.shippedAt());
        assertEquals(java.time.LocalDate.of(2026, 12, 1), shipment.due());
        assertEquals(java.util.Optional.of("fragile"), shipment.note());
        assertEquals("{\"id\":\"s-1\",\"shippedAt\":\"2026-11-26T15:30:00.250Z\",\"due\":\"2026-12-01\",\"note\":\"fragile\"}",
                mapper.writeValueAsString(shipment));
    }

    record Line(String sku, double price) {}

    record Order(String id, int quantity, List<Line> lines, List<String> tags) {}

    static final class Greeting {
        private String name;
        private String url;
        private boolean polite;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getURL() {
            return url;
        }

        public void setURL(String url) {
            this.url = url;
        }

        public boolean isPolite() {
            return polite;
        }

        public void setPolite(boolean polite) {
            this.polite = polite;
        }
    }

    private static final class ClosingWatch extends ByteArrayInputStream {
        boolean closed;

        ClosingWatch(String text) {
            super(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static final class ClosingOutput extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
