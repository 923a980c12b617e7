package io.github.samnative.runtime.serialization.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Date;

/**
 * Reads a time given in epoch seconds, possibly with a fraction ({@code 1428537600} or
 * {@code 1428537600.123}), as DynamoDB and Kinesis stream records carry it. Jackson's own Date
 * handling would take the number as milliseconds. Only applied to those properties, never to
 * Dates in general.
 */
final class EpochSecondsDeserializer extends StdScalarDeserializer<Date> {

    private static final long serialVersionUID = 1L;

    EpochSecondsDeserializer() {
        super(Date.class);
    }

    @Override
    public Date deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        switch (p.currentToken()) {
            case VALUE_NUMBER_INT:
                return new Date(Math.multiplyExact(p.getLongValue(), 1000L));
            case VALUE_NUMBER_FLOAT:
                return fromSeconds(p.getDecimalValue());
            case VALUE_STRING:
                String text = p.getText().trim();
                if (text.isEmpty()) {
                    return null;
                }
                try {
                    return fromSeconds(new BigDecimal(text));
                } catch (NumberFormatException | ArithmeticException e) {
                    return (Date) ctxt.handleWeirdStringValue(Date.class, text,
                            "expected a time in epoch seconds, such as 1428537600 or 1428537600.123");
                }
            default:
                return (Date) ctxt.handleUnexpectedToken(Date.class, p);
        }
    }

    private static Date fromSeconds(BigDecimal seconds) {
        // Whole milliseconds, like the rest of java.util.Date; finer digits are cut, not rounded up.
        return new Date(seconds.movePointRight(3).setScale(0, RoundingMode.FLOOR).longValueExact());
    }
}
