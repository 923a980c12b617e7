package io.github.samnative.runtime.serialization.events;

import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a DynamoDB attribute value in the stream's wire form: an object with one type key
 * ({@code S}, {@code N}, {@code B}, {@code SS}, {@code NS}, {@code BS}, {@code M}, {@code L},
 * {@code NULL}, {@code BOOL}); binaries arrive base64-encoded. The class's setters are not beans
 * ({@code setSS(Collection)}, {@code isNULL()} next to {@code getNULL()}), so it is filled by hand.
 */
final class AttributeValueDeserializer extends StdDeserializer<AttributeValue> {

    private static final long serialVersionUID = 1L;

    AttributeValueDeserializer() {
        super(AttributeValue.class);
    }

    @Override
    public AttributeValue deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            token = p.nextToken();
        } else if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
            return (AttributeValue) ctxt.handleUnexpectedToken(AttributeValue.class, p);
        }
        AttributeValue value = new AttributeValue();
        for (; token == JsonToken.FIELD_NAME; token = p.nextToken()) {
            String type = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (type) {
                case "S":
                    value.setS(p.getValueAsString());
                    break;
                case "N":
                    value.setN(p.getValueAsString());
                    break;
                case "B":
                    value.setB(binary(p, ctxt));
                    break;
                case "SS":
                    value.setSS(strings(p, ctxt));
                    break;
                case "NS":
                    value.setNS(strings(p, ctxt));
                    break;
                case "BS":
                    value.setBS(binaries(p, ctxt));
                    break;
                case "M":
                    value.setM(map(p, ctxt));
                    break;
                case "L":
                    value.setL(list(p, ctxt));
                    break;
                case "NULL":
                    value.setNULL(p.getValueAsBoolean());
                    break;
                case "BOOL":
                    value.setBOOL(p.getValueAsBoolean());
                    break;
                default:
                    // A type key newer than this class: skipped like any unknown property.
                    p.skipChildren();
            }
        }
        return value;
    }

    private static ByteBuffer binary(JsonParser p, DeserializationContext ctxt) throws IOException {
        return ByteBuffer.wrap(p.getBinaryValue(ctxt.getBase64Variant()));
    }

    private List<String> strings(JsonParser p, DeserializationContext ctxt) throws IOException {
        expect(p, ctxt, JsonToken.START_ARRAY);
        List<String> strings = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            strings.add(p.getValueAsString());
        }
        return strings;
    }

    private List<ByteBuffer> binaries(JsonParser p, DeserializationContext ctxt) throws IOException {
        expect(p, ctxt, JsonToken.START_ARRAY);
        List<ByteBuffer> binaries = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            binaries.add(binary(p, ctxt));
        }
        return binaries;
    }

    private Map<String, AttributeValue> map(JsonParser p, DeserializationContext ctxt) throws IOException {
        expect(p, ctxt, JsonToken.START_OBJECT);
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            map.put(name, deserialize(p, ctxt));
        }
        return map;
    }

    private List<AttributeValue> list(JsonParser p, DeserializationContext ctxt) throws IOException {
        expect(p, ctxt, JsonToken.START_ARRAY);
        List<AttributeValue> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            list.add(deserialize(p, ctxt));
        }
        return list;
    }

    private static void expect(JsonParser p, DeserializationContext ctxt, JsonToken expected) throws IOException {
        if (p.currentToken() != expected) {
            ctxt.reportWrongTokenException(AttributeValue.class, expected,
                    "DynamoDB attribute value '%s' must be %s", p.currentName(),
                    expected == JsonToken.START_ARRAY ? "a JSON array" : "a JSON object");
        }
    }
}
