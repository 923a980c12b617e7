package io.github.samnative.runtime.serialization.events;

import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

/** Writes an attribute value in the wire form {@link AttributeValueDeserializer} reads. */
final class AttributeValueSerializer extends StdSerializer<AttributeValue> {

    private static final long serialVersionUID = 1L;

    AttributeValueSerializer() {
        super(AttributeValue.class);
    }

    @Override
    public void serialize(AttributeValue value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject();
        if (value.getS() != null) {
            gen.writeStringField("S", value.getS());
        }
        if (value.getN() != null) {
            gen.writeStringField("N", value.getN());
        }
        if (value.getB() != null) {
            gen.writeFieldName("B");
            writeBinary(gen, provider, value.getB());
        }
        writeStrings(gen, "SS", value.getSS());
        writeStrings(gen, "NS", value.getNS());
        if (value.getBS() != null) {
            gen.writeArrayFieldStart("BS");
            for (ByteBuffer binary : value.getBS()) {
                writeBinary(gen, provider, binary);
            }
            gen.writeEndArray();
        }
        if (value.getM() != null) {
            gen.writeObjectFieldStart("M");
            for (Map.Entry<String, AttributeValue> entry : value.getM().entrySet()) {
                gen.writeFieldName(entry.getKey());
                serialize(entry.getValue(), gen, provider);
            }
            gen.writeEndObject();
        }
        if (value.getL() != null) {
            gen.writeArrayFieldStart("L");
            for (AttributeValue element : value.getL()) {
                serialize(element, gen, provider);
            }
            gen.writeEndArray();
        }
        if (value.getNULL() != null) {
            gen.writeBooleanField("NULL", value.getNULL());
        }
        if (value.getBOOL() != null) {
            gen.writeBooleanField("BOOL", value.getBOOL());
        }
        gen.writeEndObject();
    }

    private static void writeStrings(JsonGenerator gen, String type, List<String> strings) throws IOException {
        if (strings != null) {
            gen.writeArrayFieldStart(type);
            for (String string : strings) {
                gen.writeString(string);
            }
            gen.writeEndArray();
        }
    }

    private static void writeBinary(JsonGenerator gen, SerializerProvider provider, ByteBuffer binary)
            throws IOException {
        // A duplicate, so writing the value leaves the caller's buffer position where it was.
        ByteBuffer view = binary.duplicate();
        byte[] bytes = new byte[view.remaining()];
        view.get(bytes);
        gen.writeBinary(provider.getConfig().getBase64Variant(), bytes, 0, bytes.length);
    }
}
