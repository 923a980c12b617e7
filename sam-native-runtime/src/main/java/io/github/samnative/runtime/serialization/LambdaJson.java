package io.github.samnative.runtime.serialization;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.samnative.runtime.serialization.events.AwsEventsModule;

/**
 * The one ObjectMapper every bootstrap uses for events and responses.
 *
 * <p>Its settings follow the managed Java runtime, so a handler behaves the same after moving to
 * sam-native:
 * <ul>
 *   <li>unknown properties are ignored: AWS adds fields to its events without notice;</li>
 *   <li>null properties and null map values are left out of responses;</li>
 *   <li>bean names follow the JavaBeans rule ({@code getURL()} is {@code "URL"});</li>
 *   <li>a single value is accepted where a list is expected and the other way round, an empty
 *       string or array reads as a null object, and an unknown enum constant reads as null;</li>
 *   <li>an object without properties is written as {@code {}} instead of failing;</li>
 *   <li>{@code java.time} values and {@code Optional} work in records and POJOs; dates are
 *       written as ISO-8601 text, which is what JSON APIs expect.</li>
 * </ul>
 * Property names are matched exactly: where AWS's JSON names differ from the Java names of
 * aws-lambda-java-events ({@code Records}, {@code eventSourceARN}, {@code Sns}, ...), the events
 * module maps those names one by one instead of matching every name case-insensitively.
 *
 * <p>Streams are never closed by the mapper: the event loop owns them.
 */
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
        ClassLoader loader = LambdaJson.class.getClassLoader();
        ObjectMapper mapper = JsonMapper.builder()
                .enable(MapperFeature.USE_STD_BEAN_NAMING)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
                .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .enable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
                .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        if (eventsPresent(loader)) {
            mapper.registerModule(AwsEventsModule.create(jodaPresent(loader)));
        }
        return mapper;
    }

    /*
     * The two checks below are the only place that asks whether the optional libraries are there.
     * Each passes a constant name to Class.forName, which native-image folds at build time, so an
     * image built without aws-lambda-java-events contains no trace of the events module.
     */

    private static boolean eventsPresent(ClassLoader loader) {
        try {
            Class.forName("com.amazonaws.services.lambda.runtime.events.SQSEvent", false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static boolean jodaPresent(ClassLoader loader) {
        try {
            Class.forName("org.joda.time.DateTime", false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
