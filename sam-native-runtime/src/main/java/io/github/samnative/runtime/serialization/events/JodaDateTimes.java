package io.github.samnative.runtime.serialization.events;

import com.fasterxml.jackson.databind.module.SimpleModule;
import org.joda.time.DateTime;

/** Kept apart so that the events module loads no Joda-Time class when Joda-Time is absent. */
final class JodaDateTimes {

    private JodaDateTimes() {}

    static void register(SimpleModule module) {
        module.addDeserializer(DateTime.class, new JodaDateTimeDeserializer());
        module.addSerializer(DateTime.class, new JodaDateTimeSerializer());
    }
}
