package io.github.samnative.runtime.serialization.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import org.joda.time.DateTime;
import org.joda.time.format.DateTimeFormatter;
import org.joda.time.format.ISODateTimeFormat;

/** Writes the ISO-8601 form AWS uses in its events, such as {@code 1970-01-01T00:00:00.000Z}. */
final class JodaDateTimeSerializer extends StdScalarSerializer<DateTime> {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter ISO = ISODateTimeFormat.dateTime();

    JodaDateTimeSerializer() {
        super(DateTime.class);
    }

    @Override
    public void serialize(DateTime value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(ISO.print(value));
    }
}
