package io.github.samnative.runtime.serialization;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one ObjectMapper every bootstrap uses for events and responses. */
public final class LambdaJson {

    private LambdaJson() {}

    /** Created on first use so a stream-only function never pays for it. */
    private static final class Holder {
        static final ObjectMapper MAPPER = create();
    }

    public static ObjectMapper mapper() {
        return Holder.MAPPER;
    }

    static ObjectMapper create() {
        // TODO(serialization): event mix-ins, dates, base64 and inclusion rules.
        return new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
