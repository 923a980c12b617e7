package io.github.samnative.core.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.samnative.core.handler.FunctionHandler;
import io.github.samnative.core.handler.HandlerResolver;
import io.github.samnative.core.handler.ResolvedHandler;
import io.github.samnative.core.metadata.fixtures.Audit;
import io.github.samnative.core.metadata.fixtures.Deep;
import io.github.samnative.core.metadata.fixtures.Envelope;
import io.github.samnative.core.metadata.fixtures.ItemPage;
import io.github.samnative.core.metadata.fixtures.Money;
import io.github.samnative.core.metadata.fixtures.NeedsEvents;
import io.github.samnative.core.metadata.fixtures.Shape;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReachabilityMetadataGeneratorTest {

    private static final String FIXTURES = "io.github.samnative.core.metadata.fixtures.";
    private static final Set<Access> ALL = EnumSet.allOf(Access.class);

    private final ReachabilityMetadataGenerator generator = new ReachabilityMetadataGenerator();

    /** Field types give JDK-made generic types to start walks from. */
    @SuppressWarnings("unused")
    private static final class Roots {
        Envelope<Money> envelope;
        Deep<Audit> deep;
    }

    @TempDir
    Path out;

    @Test
    void registersEveryBeanWithAllItsMembers() {
        ReachabilityMetadata metadata = generator.generateFor(List.of(root("envelope")));

        for (String bean : List.of("Envelope", "Money", "Note", "Author", "Audit", "Attachment")) {
            assertEquals(ALL, metadata.entry(FIXTURES + bean).orElseThrow().access(), bean);
        }
    }

    @Test
    void followsTypeVariablesBoundBySubclassesAndUses() {
        ReachabilityMetadata page = generator.generateFor(List.of(ItemPage.class));
        ReachabilityMetadata envelope = generator.generateFor(List.of(root("envelope")));

        // ItemPage extends Page<Product>: Product is reached only through Page's T
        assertTrue(page.entry(FIXTURES + "Product").isPresent());
        assertTrue(page.entry(FIXTURES + "Tag").isPresent());
        // Envelope<Money>'s payload is Money; the raw Envelope alone would not reach it
        assertTrue(envelope.entry(FIXTURES + "Money").isPresent());
        assertFalse(generator.generateFor(List.of(Envelope.class)).entry(FIXTURES + "Money").isPresent());
    }

    @Test
    void registersWhatJacksonAnnotationsName() {
        ReachabilityMetadata shapes = generator.generateFor(List.of(Shape.class));
        ReachabilityMetadata customer = generator.generateFor(List.of(io.github.samnative.core.metadata.fixtures.Customer.class));
        ReachabilityMetadata money = generator.generateFor(List.of(Money.class));

        assertTrue(shapes.entry(FIXTURES + "Circle").isPresent());
        assertTrue(shapes.entry(FIXTURES + "Square").isPresent());
        assertEquals(ALL, customer.entry(FIXTURES + "Customer$Builder").orElseThrow().access());
        assertTrue(customer.entry(FIXTURES + "Label").isPresent(), "reached only through the builder");
        assertTrue(money.entry(FIXTURES + "CentsSerializer").orElseThrow().allows(Access.ALL_DECLARED_CONSTRUCTORS));
    }

    @Test
    void registersNoJdkOrJacksonTypeAsABean() {
        ReachabilityMetadata metadata = generator.generateFor(List.of(root("envelope"), Money.class));

        for (ReflectionEntry entry : metadata.reflection()) {
            boolean jdk = entry.type().startsWith("java.");
            assertFalse(jdk && entry.allows(Access.ALL_DECLARED_FIELDS), entry.toString());
            assertFalse(entry.type().startsWith("com.fasterxml.jackson."), entry.toString());
        }
        for (String absent : List.of("java.lang.String", "java.util.List", "java.util.Map", "java.util.Optional",
                "java.math.BigDecimal", "java.util.Currency", "java.lang.Object")) {
            assertFalse(metadata.entry(absent).isPresent(), absent);
        }
    }

    @Test
    void registersWhatJacksonDoesReflectivelyWithJdkTypes() {
        ReachabilityMetadata metadata = generator.generateFor(List.of(root("envelope")));

        assertEquals(Set.of(Access.ALL_PUBLIC_CONSTRUCTORS), metadata.entry("java.util.TreeSet").orElseThrow().access());
        assertEquals(Set.of(Access.ALL_PUBLIC_CONSTRUCTORS),
                metadata.entry("java.util.concurrent.ConcurrentSkipListMap").orElseThrow().access());
        assertEquals(Set.of(), metadata.entry(FIXTURES + "Attachment[]").orElseThrow().access());
        assertEquals(Set.of(), metadata.entry("java.lang.Record").orElseThrow().access());
        assertEquals(List.of("getRecordComponents"), metadata.entry("java.lang.Class").orElseThrow().methods());
        assertEquals(List.of("getName", "getType"),
                metadata.entry("java.lang.reflect.RecordComponent").orElseThrow().methods());
    }

    @Test
    void registersEnumsAndTheirJdkSupertypes() {
        ReachabilityMetadata metadata = generator.generateFor(List.of(ItemPage.class));

        assertEquals(ALL, metadata.entry(FIXTURES + "Status").orElseThrow().access());
        // Status extends Enum, which implements Comparable and Serializable: Jackson lists them all
        for (String supertype : List.of("java.lang.Enum", "java.lang.Comparable", "java.io.Serializable")) {
            assertEquals(Set.of(), metadata.entry(supertype).orElseThrow().access(), supertype);
        }
    }

    @Test
    void endsOnTypesThatGrowAtEachLevel() {
        ReachabilityMetadata metadata = generator.generateFor(List.of(root("deep")));

        assertTrue(metadata.entry(FIXTURES + "Deep").isPresent());
        assertTrue(metadata.entry(FIXTURES + "Audit").isPresent());
    }

    @Test
    void leavesOutOpaqueClassesAndWhatOnlyTheyLeadTo() {
        ReachabilityMetadata metadata = new ReachabilityMetadataGenerator(Set.of(FIXTURES + "Money"))
                .generateFor(List.of(Money.class));

        assertFalse(metadata.entry(FIXTURES + "Money").isPresent());
        assertFalse(metadata.entry(FIXTURES + "CentsSerializer").isPresent());
    }

    @Test
    void coversTheInputAndOutputOfTypedHandlersOnly() throws Exception {
        List<ResolvedHandler> handlers = new HandlerResolver(getClass().getClassLoader()).resolve(List.of(
                new FunctionHandler("Sqs", FIXTURES + "MetadataHandlers::sqs"),
                new FunctionHandler("Page", FIXTURES + "MetadataHandlers::page"),
                new FunctionHandler("Stream", "io.github.samnative.core.handler.fixtures.UppercaseStreamHandler")));

        ReachabilityMetadata metadata = generator.generate(handlers);

        assertTrue(metadata.entry("com.amazonaws.services.lambda.runtime.events.SQSEvent$SQSMessage").isPresent());
        assertTrue(metadata.entry("com.amazonaws.services.lambda.runtime.events.SQSBatchResponse$BatchItemFailure")
                .isPresent());
        assertTrue(metadata.entry(FIXTURES + "Node").isPresent());
        assertFalse(metadata.entry("io.github.samnative.core.handler.fixtures.UppercaseStreamHandler").isPresent());
        assertFalse(metadata.entry(FIXTURES + "MetadataHandlers").isPresent(), "handlers are reached directly");
    }

    @Test
    void warnsAboutClassesThatCannotBeInspected() throws Exception {
        URL testClasses = NeedsEvents.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader withoutEvents = new URLClassLoader(new URL[] {testClasses},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> needsEvents = withoutEvents.loadClass(FIXTURES + "NeedsEvents");

            ReachabilityMetadata metadata = generator.generateFor(List.of(needsEvents));

            assertTrue(metadata.entry(FIXTURES + "NeedsEvents").isPresent());
            assertEquals(1, metadata.warnings().size(), metadata.warnings().toString());
            assertTrue(metadata.warnings().get(0).startsWith(FIXTURES + "NeedsEvents could not be inspected "
                    + "completely (java.lang.NoClassDefFoundError: com/amazonaws/services/lambda/runtime/events/"
                    + "SQSEvent)"), metadata.warnings().get(0));
        }
    }

    @Test
    void writesGraalVmFormatWhereNativeImageFindsIt() throws Exception {
        Path file = generator.write(generator.generateFor(List.of(root("envelope"))), out, "com.example", "orders");

        assertEquals(out.resolve("META-INF/native-image/com.example/orders/reachability-metadata.json"), file);
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertTrue(json.get("comment").asText().startsWith("Generated by sam-native"));
        JsonNode envelope = find(json, FIXTURES + "Envelope");
        for (String flag : List.of("allDeclaredConstructors", "allPublicConstructors", "allDeclaredMethods",
                "allPublicMethods", "allDeclaredFields", "allPublicFields")) {
            assertTrue(envelope.get(flag).asBoolean(), flag);
        }
        JsonNode recordComponents = find(json, "java.lang.reflect.RecordComponent");
        assertEquals("getName", recordComponents.get("methods").get(0).get("name").asText());
        assertEquals(0, recordComponents.get("methods").get(0).get("parameterTypes").size());
        List<String> types = new ArrayList<>();
        json.get("reflection").forEach(entry -> types.add(entry.get("type").asText()));
        List<String> sorted = new ArrayList<>(types);
        Collections.sort(sorted);
        assertEquals(sorted, types);
    }

    @Test
    void writesTheSameBytesWhateverTheOrderOfTypes() throws Exception {
        List<Type> types = new ArrayList<>(List.of(root("envelope"), ItemPage.class, Shape.class, Money.class));
        Path first = generator.write(generator.generateFor(types), out.resolve("a"), "g", "a");
        Collections.reverse(types);
        Path second = generator.write(generator.generateFor(types), out.resolve("b"), "g", "a");

        String text = Files.readString(first, StandardCharsets.UTF_8);
        assertEquals(text, Files.readString(second, StandardCharsets.UTF_8));
        assertTrue(text.endsWith("}\n"));
        assertFalse(text.contains("\r"));
    }

    private static JsonNode find(JsonNode json, String type) {
        for (JsonNode entry : json.get("reflection")) {
            if (entry.get("type").asText().equals(type)) {
                return entry;
            }
        }
        throw new AssertionError(type + " not in " + json);
    }

    private static Type root(String field) {
        try {
            return Roots.class.getDeclaredField(field).getGenericType();
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }
}
