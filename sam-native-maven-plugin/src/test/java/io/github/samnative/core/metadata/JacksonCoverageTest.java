package io.github.samnative.core.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.samnative.core.handler.FunctionHandler;
import io.github.samnative.core.handler.HandlerResolver;
import io.github.samnative.core.handler.ResolvedHandler;
import io.github.samnative.runtime.serialization.LambdaJson;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The metadata check that needs no GraalVM: for each handler's input and output type, walk what
 * Jackson itself would introspect (asked of Jackson, with the mapper the bootstrap uses) and
 * assert that every class and member it would use is registered in the written
 * reachability-metadata.json with the access needed.
 */
class JacksonCoverageTest {

    private static final String RUNTIME_METADATA =
            "META-INF/native-image/io.github.samnative/sam-native-runtime/reachability-metadata.json";
    private static final String EVENTS = "com.amazonaws.services.lambda.runtime.events.";
    private static final String FIXTURES = "io.github.samnative.core.metadata.fixtures.";
    private static final List<String> METHODS = List.of(
            "http", "sqs", "dynamo", "s3", "scheduled", "kinesis", "envelope", "page", "shapes");

    @TempDir
    static Path out;

    private static List<ResolvedHandler> handlers;
    private static Map<String, JsonNode> registered;
    private static JacksonView jackson;

    @BeforeAll
    static void generateWriteAndAskJackson() throws Exception {
        List<FunctionHandler> functions = new ArrayList<>();
        for (String method : METHODS) {
            functions.add(new FunctionHandler(method + "Function", FIXTURES + "MetadataHandlers::" + method));
        }
        handlers = new HandlerResolver(JacksonCoverageTest.class.getClassLoader()).resolve(functions);
        ReachabilityMetadataGenerator generator = new ReachabilityMetadataGenerator();
        Path file = generator.write(generator.generate(handlers), out, "io.github.samnative.test", "coverage");

        registered = new HashMap<>();
        addEntries(new ObjectMapper().readTree(file.toFile()));
        // native-image also applies the metadata sam-native-runtime ships for its own serializers and mix-ins.
        Enumeration<URL> shipped = JacksonCoverageTest.class.getClassLoader().getResources(RUNTIME_METADATA);
        assertTrue(shipped.hasMoreElements(), "sam-native-runtime ships " + RUNTIME_METADATA);
        while (shipped.hasMoreElements()) {
            try (InputStream in = shipped.nextElement().openStream()) {
                addEntries(new ObjectMapper().readTree(in));
            }
        }

        jackson = new JacksonView(LambdaJson.mapper());
        for (ResolvedHandler handler : handlers) {
            for (Type type : List.of(handler.inputType(), handler.outputType())) {
                jackson.visit(LambdaJson.mapper().getTypeFactory().constructType(type));
            }
        }
    }

    @Test
    void registersEverythingJacksonUses() {
        List<String> missing = new ArrayList<>();
        for (JacksonView.Requirement requirement : jackson.requirements()) {
            if (!isMet(requirement)) {
                missing.add(requirement.type() + " (for " + requirement.what() + ")");
            }
        }
        assertTrue(missing.isEmpty(), missing.size() + " registrations missing:\n" + String.join("\n", new TreeSet<>(missing)));
    }

    @Test
    void walkedDeepIntoEventsAndUserTypes() {
        Set<String> expected = Set.of(
                EVENTS + "APIGatewayV2HTTPEvent$RequestContext$Http",
                EVENTS + "APIGatewayV2HTTPResponse",
                EVENTS + "SQSEvent$SQSMessage",
                EVENTS + "SQSEvent$MessageAttribute",
                EVENTS + "SQSBatchResponse$BatchItemFailure",
                EVENTS + "DynamodbEvent$DynamodbStreamRecord",
                EVENTS + "models.dynamodb.StreamRecord",
                EVENTS + "models.s3.S3EventNotification$S3ObjectEntity",
                EVENTS + "ScheduledEvent",
                EVENTS + "KinesisEvent$KinesisEventRecord",
                FIXTURES + "Envelope", FIXTURES + "Product", FIXTURES + "Money", FIXTURES + "Tag",
                FIXTURES + "Note", FIXTURES + "Author", FIXTURES + "Audit", FIXTURES + "Attachment",
                FIXTURES + "Circle", FIXTURES + "Square", FIXTURES + "Customer", FIXTURES + "Customer$Builder",
                FIXTURES + "Label", FIXTURES + "Address", FIXTURES + "Node",
                FIXTURES + "ItemPage", FIXTURES + "Page");
        Set<String> notWalked = new TreeSet<>(expected);
        notWalked.removeAll(jackson.beans());
        assertTrue(notWalked.isEmpty(), "Jackson's view did not reach " + notWalked);
        assertTrue(jackson.requirements().size() > 500, "only " + jackson.requirements().size() + " requirements");
    }

    @Test
    void coversTheCustomSerializerJacksonCreates() {
        assertTrue(isMet(new JacksonView.Requirement(FIXTURES + "CentsSerializer", "constructor",
                Access.ALL_DECLARED_CONSTRUCTORS, null, null)));
        assertEquals(9, handlers.size());
    }

    /** Merges entries per type as native-image does; conditions are taken as met (the events are in use). */
    private static void addEntries(JsonNode metadata) {
        for (JsonNode entry : metadata.get("reflection")) {
            String type = entry.get("type").asText();
            JsonNode known = registered.get(type);
            if (known == null) {
                registered.put(type, entry.deepCopy());
            } else {
                ObjectNode merged = (ObjectNode) known;
                entry.properties().forEach(field -> {
                    if (field.getValue().isBoolean() && field.getValue().asBoolean()) {
                        merged.put(field.getKey(), true);
                    } else if (field.getKey().equals("methods")) {
                        ArrayNode methods = merged.has("methods") ? (ArrayNode) merged.get("methods")
                                : merged.putArray("methods");
                        methods.addAll((ArrayNode) field.getValue());
                    }
                });
            }
        }
    }

    private static boolean isMet(JacksonView.Requirement requirement) {
        JsonNode entry = registered.get(requirement.type());
        if (entry == null) {
            return false;
        }
        if (requirement.method() != null) {
            for (JsonNode method : entry.path("methods")) {
                if (method.get("name").asText().equals(requirement.method())) {
                    return true;
                }
            }
            return false;
        }
        return requirement.declared() == null
                || entry.path(requirement.declared().jsonName()).asBoolean(false)
                || (requirement.publicAlternative() != null
                        && entry.path(requirement.publicAlternative().jsonName()).asBoolean(false));
    }
}
