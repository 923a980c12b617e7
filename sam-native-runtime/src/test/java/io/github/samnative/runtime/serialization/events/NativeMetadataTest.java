package io.github.samnative.runtime.serialization.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.samnative.runtime.serialization.LambdaJson;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Jackson reads mix-ins and instantiates annotated (de)serializers reflectively, which a native
 * image allows only for registered classes. Keeps reachability-metadata.json and the classes
 * registered with Jackson from drifting apart.
 */
class NativeMetadataTest {

    private static final String METADATA =
            "META-INF/native-image/io.github.samnative/sam-native-runtime/reachability-metadata.json";
    private static final String PACKAGE = AwsEventsModule.class.getPackageName();

    @Test
    void everyMixInIsRegisteredWithJacksonAndInTheMetadata() throws Exception {
        Map<String, JsonNode> metadata = reflectionEntries();
        ObjectMapper mapper = LambdaJson.mapper();

        for (Map.Entry<Class<?>, Class<?>> mixIn : AwsEventsModule.mixIns().entrySet()) {
            assertEquals(mixIn.getValue(), mapper.findMixInClassFor(mixIn.getKey()),
                    "mix-in of " + mixIn.getKey().getName());
            assertRegistered(metadata, mixIn.getValue());
        }
    }

    @Test
    void everyClassTheMixInsMakeJacksonInstantiateIsInTheMetadata() throws Exception {
        Map<String, JsonNode> metadata = reflectionEntries();
        List<Class<?>> referenced = new ArrayList<>();

        for (Class<?> mixIn : AwsEventsModule.mixIns().values()) {
            JsonNaming naming = mixIn.getAnnotation(JsonNaming.class);
            if (naming != null) {
                referenced.add(naming.value());
            }
            for (Method method : mixIn.getDeclaredMethods()) {
                JsonSerialize serialize = method.getAnnotation(JsonSerialize.class);
                if (serialize != null) {
                    referenced.add(serialize.using());
                }
                JsonDeserialize deserialize = method.getAnnotation(JsonDeserialize.class);
                if (deserialize != null) {
                    referenced.add(deserialize.using());
                }
            }
        }

        assertTrue(referenced.size() >= 5, "expected the naming rule and the epoch-second codecs: " + referenced);
        for (Class<?> type : referenced) {
            assertRegistered(metadata, type);
        }
    }

    @Test
    void everyMixInAndCodecClassOfThePackageIsInTheMetadata() throws Exception {
        Map<String, JsonNode> metadata = reflectionEntries();
        Path dir = Path.of(AwsEventsModule.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(PACKAGE.replace('.', '/'));
        List<Class<?>> codecs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class")) {
                    Class<?> type = Class.forName(PACKAGE + "." + name.substring(0, name.length() - 6), false,
                            AwsEventsModule.class.getClassLoader());
                    if (type.getSimpleName().endsWith("MixIn") || JsonSerializer.class.isAssignableFrom(type)
                            || JsonDeserializer.class.isAssignableFrom(type)) {
                        codecs.add(type);
                    }
                }
            }
        }

        assertTrue(codecs.size() >= 15, "found only " + codecs);
        for (Class<?> type : codecs) {
            assertRegistered(metadata, type);
        }
    }

    @Test
    void entriesNameRealClassesAndAreConditionalOnTheEventsModule() throws Exception {
        for (Map.Entry<String, JsonNode> entry : reflectionEntries().entrySet()) {
            Class.forName(entry.getKey(), false, getClass().getClassLoader());
            String condition = entry.getValue().path("condition").path("typeReached").asText(null);
            // Unconditional entries would pull classes that need aws-lambda-java-events into every image.
            assertNotNull(condition, entry.getKey() + " has no typeReached condition");
            assertTrue(condition.startsWith(PACKAGE + "."), entry.getKey() + " is conditional on " + condition);
            Class.forName(condition, false, getClass().getClassLoader());
        }
    }

    private static void assertRegistered(Map<String, JsonNode> metadata, Class<?> type) {
        JsonNode entry = metadata.get(type.getName());
        if (entry == null) {
            fail(type.getName() + " is used by Jackson but missing from " + METADATA + "; registered: "
                    + new TreeSet<>(metadata.keySet()));
        }
        for (String flag : List.of("allDeclaredConstructors", "allDeclaredMethods", "allDeclaredFields")) {
            assertTrue(entry.path(flag).asBoolean(false), type.getName() + " lacks " + flag);
        }
    }

    private static Map<String, JsonNode> reflectionEntries() throws Exception {
        JsonNode root;
        try (InputStream in = NativeMetadataTest.class.getClassLoader().getResourceAsStream(METADATA)) {
            assertNotNull(in, METADATA + " is not on the class path");
            root = new ObjectMapper().readTree(in);
        }
        Map<String, JsonNode> byType = new LinkedHashMap<>();
        for (JsonNode entry : root.path("reflection")) {
            String type = entry.path("type").asText();
            if (type.startsWith(PACKAGE + ".") || entry.path("condition").path("typeReached").asText("")
                    .startsWith(PACKAGE + ".")) {
                assertFalse(byType.containsKey(type), type + " is listed twice");
                byType.put(type, entry);
            }
        }
        return byType;
    }
}
