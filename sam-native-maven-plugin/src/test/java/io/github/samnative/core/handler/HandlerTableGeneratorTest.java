package io.github.samnative.core.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.samnative.core.handler.fixtures.CountingHandler;
import io.github.samnative.core.handler.fixtures.TestContext;
import io.github.samnative.runtime.HandlerTable;
import io.github.samnative.runtime.handler.LambdaFunction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generates the table for every handler form, compiles it with {@code -Xlint:all -Werror}
 * against the test classpath, loads it, and sends each handler a real JSON event.
 */
class HandlerTableGeneratorTest {

    private static final String FIXTURES = "io.github.samnative.core.handler.fixtures.";
    private static final String ITEM = FIXTURES + "Item";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> HANDLERS = List.of(
            FIXTURES + "OrderHandler",
            FIXTURES + "ItemsHandler",
            FIXTURES + "CatalogHandler",
            FIXTURES + "UppercaseStreamHandler",
            FIXTURES + "Outer$Inner",
            FIXTURES + "CountingHandler",
            FIXTURES + "MethodHandlers::twice",
            FIXTURES + "MethodHandlers::order",
            FIXTURES + "MethodHandlers::accept",
            FIXTURES + "MethodHandlers::items",
            FIXTURES + "MethodHandlers::wildcard",
            FIXTURES + "MethodHandlers::bounded",
            FIXTURES + "MethodHandlers::echo",
            FIXTURES + "MethodHandlers::echoWithContext",
            FIXTURES + "MethodHandlers::greet",
            FIXTURES + "OrderDescriber::describe");

    @TempDir
    static Path work;

    private static List<ResolvedHandler> resolved;
    private static List<GeneratedSource> sources;
    private static String table;
    private static HandlerTable compiledTable;
    private static Path classes;

    @BeforeAll
    static void generateCompileAndLoad() throws Exception {
        List<FunctionHandler> functions = new ArrayList<>();
        for (int i = 0; i < HANDLERS.size(); i++) {
            functions.add(new FunctionHandler("Function" + i, HANDLERS.get(i)));
        }
        resolved = new HandlerResolver(HandlerTableGeneratorTest.class.getClassLoader()).resolve(functions);
        sources = new HandlerTableGenerator().generate(resolved);
        table = sources.get(0).content();

        classes = work.resolve("classes");
        new GeneratedSourceCompiler(List.of("-Xlint:all", "-Werror")).compile(sources, TestClasspath.entries(), classes);
        // The parent loader shares the fixtures, so their static state is visible to the test.
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                HandlerTableGeneratorTest.class.getClassLoader());
        compiledTable = (HandlerTable) loader.loadClass(HandlerTableGenerator.TABLE_CLASS)
                .getConstructor().newInstance();
    }

    @Test
    void generatesTheTableAndTheMainClass() {
        assertEquals(List.of(HandlerTableGenerator.TABLE_CLASS, HandlerTableGenerator.MAIN_CLASS),
                sources.stream().map(GeneratedSource::className).toList());
        assertEquals("io/github/samnative/generated/SamNativeHandlers.java", sources.get(0).relativePath());
        assertTrue(sources.get(1).content().contains(
                "public static void main(java.lang.String[] args) {\n"
                        + "        io.github.samnative.runtime.LambdaRuntime.run(new SamNativeHandlers());\n"),
                sources.get(1).content());
    }

    @Test
    void buildsInputTypesFromTheFullyResolvedGenericType() {
        assertTrue(table.contains("Handlers.type(java.util.Map.class, Handlers.type(java.lang.String.class), "
                + "Handlers.type(java.util.List.class, Handlers.type(" + ITEM + ".class)))"), table);
        assertTrue(table.contains("Handlers.arrayOf(Handlers.type(" + ITEM + ".class))"), table);
        assertTrue(table.contains("(java.util.List<" + ITEM + "> input, com.amazonaws.services.lambda.runtime.Context "
                + "context) -> handler.wildcard(input)"), table);
    }

    @Test
    void namesNestedClassesByTheirCanonicalName() {
        assertTrue(table.contains("case \"" + FIXTURES + "Outer$Inner\": {"), table);
        assertTrue(table.contains(FIXTURES + "Outer.Inner handler = new " + FIXTURES + "Outer.Inner();"), table);
    }

    @Test
    void callsStaticMethodsWithoutCreatingAnInstance() {
        assertTrue(table.contains("-> " + FIXTURES + "MethodHandlers.twice(input))"), table);
        assertTrue(table.contains("Handlers.stream((input, output, context) -> " + FIXTURES
                + "MethodHandlers.echoWithContext(input, output, context))"), table);
    }

    @Test
    void usesNoReflection() {
        for (GeneratedSource source : sources) {
            assertFalse(source.content().contains("Class.forName"), source.content());
            assertFalse(source.content().contains("getMethod"), source.content());
            assertFalse(source.content().contains("reflect"), source.content());
            assertFalse(source.content().contains("newInstance"), source.content());
        }
    }

    @Test
    void generatesTheSameTextWhateverTheOrderOfHandlers() {
        List<ResolvedHandler> shuffled = new ArrayList<>(resolved);
        Collections.reverse(shuffled);

        assertEquals(sources, new HandlerTableGenerator().generate(shuffled));
    }

    @Test
    void compilesTheMainClassWithAMainMethod() throws Exception {
        Path mainClass = classes.resolve("io/github/samnative/generated/SamNativeMain.class");
        assertTrue(Files.isRegularFile(mainClass));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Method main = loader.loadClass(HandlerTableGenerator.MAIN_CLASS).getMethod("main", String[].class);
            assertTrue(Modifier.isStatic(main.getModifiers()));
        }
    }

    @Test
    void answersItsNamesAndNullForOthers() throws Exception {
        assertEquals(HANDLERS.stream().sorted().toList(), compiledTable.names());
        assertNull(compiledTable.create("com.example.Unknown"));
        assertNull(compiledTable.create(null));
    }

    @Test
    void createsOnlyTheHandlerAskedFor() throws Exception {
        int before = CountingHandler.CREATED.get();
        compiledTable.create(FIXTURES + "OrderHandler");
        compiledTable.create(FIXTURES + "MethodHandlers::order");
        assertEquals(before, CountingHandler.CREATED.get());

        compiledTable.create(FIXTURES + "CountingHandler");
        assertEquals(before + 1, CountingHandler.CREATED.get());
    }

    @Test
    void runsARequestHandler() throws Exception {
        assertJson("{\"orderId\":\"o-1\",\"total\":24,\"requestId\":\"req-42\"}",
                invoke(FIXTURES + "OrderHandler", "{\"id\":\"o-1\",\"amount\":12}"));
    }

    @Test
    void runsARequestHandlerWhoseInputTypeComesFromItsBaseClass() throws Exception {
        assertJson("{\"count\":2,\"names\":[\"pen\",\"ink\"]}",
                invoke(FIXTURES + "ItemsHandler", "[{\"name\":\"pen\",\"quantity\":1},{\"name\":\"ink\",\"quantity\":3}]"));
        assertJson("{\"count\":3,\"names\":[\"a/pen\",\"b/ink\",\"b/nib\"]}",
                invoke(FIXTURES + "CatalogHandler",
                        "{\"b\":[{\"name\":\"ink\"},{\"name\":\"nib\"}],\"a\":[{\"name\":\"pen\"}]}"));
    }

    @Test
    void runsAStreamHandler() throws Exception {
        assertEquals("{\"SHOUT\":TRUE}", invoke(FIXTURES + "UppercaseStreamHandler", "{\"shout\":true}"));
    }

    @Test
    void runsANestedHandler() throws Exception {
        assertEquals("6", invoke(FIXTURES + "Outer$Inner", "{\"a\":1,\"b\":2,\"c\":3}"));
    }

    @Test
    void runsTypedMethods() throws Exception {
        assertEquals("42", invoke(FIXTURES + "MethodHandlers::twice", "21"));
        assertJson("{\"orderId\":\"o-2\",\"total\":5,\"requestId\":\"req-42\"}",
                invoke(FIXTURES + "MethodHandlers::order", "{\"id\":\"o-2\",\"amount\":5}"));
        assertEquals("null", invoke(FIXTURES + "MethodHandlers::accept", "{\"name\":\"pen\",\"quantity\":1}"));
        assertJson("{\"count\":2,\"names\":[\"x\",\"y\"]}",
                invoke(FIXTURES + "MethodHandlers::items", "[{\"name\":\"x\"},{\"name\":\"y\"}]"));
        assertJson("{\"count\":1,\"names\":[\"w\"]}",
                invoke(FIXTURES + "MethodHandlers::wildcard", "[{\"name\":\"w\"}]"));
        assertEquals("\"b\"", invoke(FIXTURES + "MethodHandlers::bounded", "{\"name\":\"b\"}"));
        assertEquals("\"hello pen from req-42\"", invoke(FIXTURES + "MethodHandlers::greet", "{\"name\":\"pen\"}"));
        assertEquals("\"o-3@req-42\"", invoke(FIXTURES + "OrderDescriber::describe", "{\"id\":\"o-3\"}"));
    }

    @Test
    void passesTheUsersExceptionThrough() throws Exception {
        LambdaFunction function = compiledTable.create(FIXTURES + "MethodHandlers::accept");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> function.handle(
                stream("{\"name\":\"pen\",\"quantity\":-1}"), new ByteArrayOutputStream(), new TestContext()));
        assertEquals("negative quantity", e.getMessage());
    }

    @Test
    void runsStreamMethods() throws Exception {
        assertEquals("raw bytes", invoke(FIXTURES + "MethodHandlers::echo", "raw bytes"));
        assertEquals("req-42:raw", invoke(FIXTURES + "MethodHandlers::echoWithContext", "raw"));
    }

    private static String invoke(String name, String event) throws Exception {
        LambdaFunction function = compiledTable.create(name);
        assertNotNull(function, name);
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        function.handle(stream(event), response, new TestContext());
        return response.toString(StandardCharsets.UTF_8);
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertJson(String expected, String actual) throws Exception {
        JsonNode want = JSON.readTree(expected);
        JsonNode got = JSON.readTree(actual);
        assertEquals(want, got, actual);
    }
}
