package io.github.samnative.runtime.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * aws-lambda-java-events and Joda-Time are optional: a function that uses neither must get a
 * working mapper. Each test loads the runtime in a class loader that sees only the jars named.
 */
class WithoutEventsLibraryTest {

    private static final String EVENTS_MODULE = "sam-native-aws-lambda-java-events";

    @Test
    void withEventsOnTheClassPathTheEventsModuleIsRegistered() {
        assertTrue(LambdaJson.mapper().getRegisteredModuleIds().contains(EVENTS_MODULE));
    }

    /** java.time and Optional support, which every mapper has. */
    private static final Set<Object> ALWAYS_REGISTERED = Set.of(
            "jackson-datatype-jsr310", "com.fasterxml.jackson.datatype.jdk8.Jdk8Module");

    @Test
    void withoutEventsPlainTypesStillMap() throws Exception {
        try (URLClassLoader isolated = loaderOf(LambdaJson.class, ObjectMapper.class, JsonParser.class,
                JsonInclude.class)) {
            assertThrows(ClassNotFoundException.class,
                    () -> Class.forName("com.amazonaws.services.lambda.runtime.events.SQSEvent", false, isolated));
            Object mapper = isolatedMapper(isolated);

            assertEquals(ALWAYS_REGISTERED, call(mapper, "getRegisteredModuleIds"));
            Object map = read(mapper, "{\"a\":[1,2],\"b\":{\"c\":\"d\"}}", Map.class);
            assertEquals(Map.of("a", List.of(1, 2), "b", Map.of("c", "d")), map);
            assertEquals("{\"a\":[1,2],\"b\":{\"c\":\"d\"}}", write(mapper, map));
            assertEquals(7, read(mapper, "7", Integer.class));
        }
    }

    @Test
    void withEventsButWithoutJodaTimeSqsEventsStillMap() throws Exception {
        try (URLClassLoader isolated = loaderOf(LambdaJson.class, ObjectMapper.class, JsonParser.class,
                JsonInclude.class, SQSEvent.class)) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName("org.joda.time.DateTime", false, isolated));
            Object mapper = isolatedMapper(isolated);
            Set<Object> expected = new java.util.HashSet<>(ALWAYS_REGISTERED);
            expected.add(EVENTS_MODULE);
            assertEquals(expected, call(mapper, "getRegisteredModuleIds"));
            Class<?> sqsEvent = Class.forName(SQSEvent.class.getName(), false, isolated);

            Object event;
            try (InputStream in = getClass().getResourceAsStream("/events/sqs-receive-message.json")) {
                event = mapper.getClass().getMethod("readValue", InputStream.class, Class.class)
                        .invoke(mapper, in, sqsEvent);
            }

            List<?> records = (List<?>) call(event, "getRecords");
            assertEquals(1, records.size());
            assertEquals("arn:aws:sqs:us-east-1:123456789012:MyQueue", call(records.get(0), "getEventSourceArn"));
            assertEquals("Hello from SQS!", call(records.get(0), "getBody"));
        }
    }

    /** The jars of the given classes, plus the java.time and Optional modules every mapper has. */
    private static URLClassLoader loaderOf(Class<?>... fromJars) throws Exception {
        List<Class<?>> classes = new java.util.ArrayList<>(List.of(fromJars));
        classes.add(com.fasterxml.jackson.datatype.jsr310.JavaTimeModule.class);
        classes.add(com.fasterxml.jackson.datatype.jdk8.Jdk8Module.class);
        URL[] urls = new URL[classes.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = classes.get(i).getProtectionDomain().getCodeSource().getLocation();
        }
        // The platform loader as parent: nothing of the test class path leaks in.
        return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
    }

    private static Object isolatedMapper(ClassLoader isolated) throws Exception {
        Class<?> lambdaJson = Class.forName(LambdaJson.class.getName(), true, isolated);
        return lambdaJson.getMethod("mapper").invoke(null);
    }

    private static Object call(Object target, String getter) throws Exception {
        return target.getClass().getMethod(getter).invoke(target);
    }

    private static Object read(Object mapper, String json, Class<?> type) throws Exception {
        return mapper.getClass().getMethod("readValue", String.class, Class.class).invoke(mapper, json, type);
    }

    private static Object write(Object mapper, Object value) throws Exception {
        return mapper.getClass().getMethod("writeValueAsString", Object.class).invoke(mapper, value);
    }
}
