package io.github.samnative.runtime.serialization.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;
import org.joda.time.format.DateTimeFormatter;
import org.joda.time.format.ISODateTimeFormat;

/**
 * Reads the ISO-8601 times of SNS ({@code Timestamp}) and EventBridge ({@code time}) events,
 * keeping the offset the text gives (UTC for {@code Z}), as {@code DateTime.parse} does for S3.
 * A number is taken as epoch milliseconds.
 */
final class JodaDateTimeDeserializer extends StdScalarDeserializer<DateTime> {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter ISO = ISODateTimeFormat.dateTimeParser().withOffsetParsed();

    JodaDateTimeDeserializer() {
        super(DateTime.class);
    }

    @Override
    public DateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        switch (p.currentToken()) {
            case VALUE_STRING:
                String text = p.getText().trim();
                if (text.isEmpty()) {
                    return null;
                }
                try {
                    return ISO.parseDateTime(text);
                } catch (IllegalArgumentException e) {
                    return (DateTime) ctxt.handleWeirdStringValue(DateTime.class, text,
                            "expected an ISO-8601 date-time such as 2024-01-31T12:00:00Z");
                }
            case VALUE_NUMBER_INT:
                return new DateTime(p.getLongValue(), DateTimeZone.UTC);
            default:
                return (DateTime) ctxt.handleUnexpectedToken(DateTime.class, p);
        }
    }
}
