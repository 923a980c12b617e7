package io.github.samnative.runtime.serialization.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Date;

/** Writes a Date back in the epoch seconds {@link EpochSecondsDeserializer} reads. */
final class EpochSecondsSerializer extends StdScalarSerializer<Date> {

    private static final long serialVersionUID = 1L;

    EpochSecondsSerializer() {
        super(Date.class);
    }

    @Override
    public void serialize(Date value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        long millis = value.getTime();
        if (millis % 1000 == 0) {
            gen.writeNumber(millis / 1000);
        } else {
            // valueOf(unscaled, 3) keeps plain notation (1428537600.123), never 1.4285376E+9.
            gen.writeNumber(BigDecimal.valueOf(millis, 3));
        }
    }
}
