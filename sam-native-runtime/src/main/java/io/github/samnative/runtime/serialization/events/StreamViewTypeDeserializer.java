package io.github.samnative.runtime.serialization.events;

import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * {@code StreamRecord} takes its view type only as this enum. Looking it up by its own
 * {@code fromValue} spares a native image the reflection Jackson's enum support needs.
 */
final class StreamViewTypeDeserializer extends StdScalarDeserializer<StreamViewType> {

    private static final long serialVersionUID = 1L;

    StreamViewTypeDeserializer() {
        super(StreamViewType.class);
    }

    @Override
    public StreamViewType deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (StreamViewType) ctxt.handleUnexpectedToken(StreamViewType.class, p);
        }
        String text = p.getText();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return StreamViewType.fromValue(text);
        } catch (IllegalArgumentException unknown) {
            if (ctxt.isEnabled(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)) {
                return null;
            }
            return (StreamViewType) ctxt.handleWeirdStringValue(StreamViewType.class, text,
                    "expected NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES or KEYS_ONLY");
        }
    }
}
