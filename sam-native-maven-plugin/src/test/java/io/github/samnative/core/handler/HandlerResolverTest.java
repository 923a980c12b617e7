package io.github.samnative.core.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.samnative.core.handler.fixtures.CatalogHandler;
import io.github.samnative.core.handler.fixtures.Item;
import io.github.samnative.core.handler.fixtures.ItemsHandler;
import io.github.samnative.core.handler.fixtures.MethodHandlers;
import io.github.samnative.core.handler.fixtures.Order;
import io.github.samnative.core.handler.fixtures.OrderHandler;
import io.github.samnative.core.handler.fixtures.Outer;
import io.github.samnative.core.handler.fixtures.Receipt;
import io.github.samnative.core.handler.fixtures.Summary;
import io.github.samnative.core.template.SourceLocation;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HandlerResolverTest {

    private static final String FIXTURES = "io.github.samnative.core.handler.fixtures.";
    private static final String INVALID = FIXTURES + "InvalidHandlers$";

    /** Field types give JDK-made generic types to compare the resolver's own against. */
    @SuppressWarnings("unused")
    private static final class Expected {
        List<Item> items;
        Map<String, List<Item>> catalog;
        Map<String, Integer> counts;
    }

    private final HandlerResolver resolver = new HandlerResolver(getClass().getClassLoader(), List.of(testClasses()));

    @Test
    void resolvesARequestHandlerWithItsTypeArguments() throws Exception {
        ResolvedHandler handler = resolveOne(FIXTURES + "OrderHandler");

        assertEquals(HandlerKind.REQUEST_HANDLER, handler.kind());
        assertEquals(OrderHandler.class, handler.handlerClass());
        assertEquals("handleRequest", handler.methodName());
        assertEquals(Order.class, handler.inputType());
        assertEquals(Receipt.class, handler.outputType());
        assertTrue(handler.takesContext());
        assertTrue(handler.needsInstance());
        assertEquals(List.of("OrdersFunction"), handler.logicalIds());
    }

    @Test
    void resolvesTheInputTypeThroughAGenericBaseClass() throws Exception {
        ResolvedHandler handler = resolveOne(FIXTURES + "ItemsHandler");

        assertEquals(ItemsHandler.class, handler.handlerClass());
        assertEquals(expected("items"), handler.inputType());
        assertEquals(Summary.class, handler.outputType());
    }

    @Test
    void resolvesATypeArgumentPassedOnThroughTwoLevels() throws Exception {
        ResolvedHandler handler = resolveOne(FIXTURES + "CatalogHandler");

        assertEquals(CatalogHandler.class, handler.handlerClass());
        assertEquals(expected("catalog"), handler.inputType());
        assertEquals("java.util.Map<java.lang.String, java.util.List<" + FIXTURES + "Item>>",
                handler.inputType().getTypeName());
    }

    @Test
    void resolvesAStreamHandler() throws Exception {
        ResolvedHandler handler = resolveOne(FIXTURES + "UppercaseStreamHandler");

        assertEquals(HandlerKind.STREAM_HANDLER, handler.kind());
        assertNull(handler.inputType());
        assertNull(handler.outputType());
    }

    @Test
    void resolvesAStaticNestedHandlerWrittenWithDollar() throws Exception {
        ResolvedHandler handler = resolveOne(FIXTURES + "Outer$Inner");

        assertEquals(Outer.Inner.class, handler.handlerClass());
        assertEquals(expected("counts"), handler.inputType());
        assertEquals(Integer.class, handler.outputType());
    }

    @Test
    void resolvesAStaticMethodAndBoxesPrimitives() throws Exception {
        ResolvedHandler handler = resolveOne(FIXTURES + "MethodHandlers::twice");

        assertEquals(HandlerKind.TYPED_METHOD, handler.kind());
        assertTrue(handler.isStatic());
        assertFalse(handler.takesContext());
        assertEquals(Integer.class, handler.inputType());
        assertEquals(Integer.class, handler.outputType());
    }

    @Test
    void resolvesAnInstanceMethodWithContext() throws Exception {
        ResolvedHandler handler = resolveOne(FIXTURES + "MethodHandlers::order");

        assertEquals(MethodHandlers.class, handler.handlerClass());
        assertFalse(handler.isStatic());
        assertTrue(handler.takesContext());
        assertEquals(Order.class, handler.inputType());
        assertEquals(Receipt.class, handler.outputType());
    }

    @Test
    void resolvesAnInheritedMethodsInputThroughTheSubclassesTypeArgument() throws Exception {
        ResolvedHandler handler = resolveOne(FIXTURES + "OrderDescriber::describe");

        assertEquals(Order.class, handler.inputType());
        assertEquals(String.class, handler.outputType());
        assertTrue(handler.takesContext());
    }

    @Test
    void keepsVoidAsTheOutputOfAVoidMethod() throws Exception {
        ResolvedHandler handler = resolveOne(FIXTURES + "MethodHandlers::accept");

        assertEquals(void.class, handler.outputType());
        assertTrue(handler.returnsVoid());
    }

    @Test
    void readsArraysWildcardsAndBoundedVariablesAsJacksonDoes() throws Exception {
        assertEquals(Item[].class, resolveOne(FIXTURES + "MethodHandlers::items").inputType());
        assertEquals(expected("items"), resolveOne(FIXTURES + "MethodHandlers::wildcard").inputType());
        assertEquals(Item.class, resolveOne(FIXTURES + "MethodHandlers::bounded").inputType());
    }

    @Test
    void resolvesStreamMethodsWithAndWithoutContext() throws Exception {
        ResolvedHandler without = resolveOne(FIXTURES + "MethodHandlers::echo");
        ResolvedHandler with = resolveOne(FIXTURES + "MethodHandlers::echoWithContext");

        assertEquals(HandlerKind.STREAM_METHOD, without.kind());
        assertFalse(without.takesContext());
        assertEquals(HandlerKind.STREAM_METHOD, with.kind());
        assertTrue(with.takesContext());
        assertTrue(with.isStatic());
    }

    @Test
    void prefersTheOverloadEndingInContext() throws Exception {
        ResolvedHandler handler = resolveOne(FIXTURES + "MethodHandlers::greet");

        assertTrue(handler.takesContext());
        assertEquals(Item.class, handler.inputType());
    }

    @Test
    void resolvesAHandlerSharedByTwoFunctionsOnceAndSortsByName() throws Exception {
        List<ResolvedHandler> handlers = resolver.resolve(List.of(
                new FunctionHandler("Stream", FIXTURES + "UppercaseStreamHandler"),
                new FunctionHandler("Orders", FIXTURES + "OrderHandler"),
                new FunctionHandler("OrdersAgain", FIXTURES + "OrderHandler")));

        assertEquals(List.of(FIXTURES + "OrderHandler", FIXTURES + "UppercaseStreamHandler"),
                handlers.stream().map(ResolvedHandler::name).toList());
        assertEquals(List.of("Orders", "OrdersAgain"), handlers.get(0).logicalIds());
    }

    // --- refusals --------------------------------------------------------------------------------

    @Test
    void refusesAMalformedHandler() {
        String message = refusal("com.example.Orders::");

        assertTrue(message.startsWith("function OrdersFunction, Handler \"com.example.Orders::\": "
                + "this is not a handler name."), message);
        assertTrue(message.contains("Fix: Write the fully qualified class name"), message);
        assertTrue(refusal(" com.example.Orders").contains("it has spaces around it"));
    }

    @Test
    void suggestsTheSameSimpleNameInAnotherPackage() {
        String message = refusal("com.example.OrderHandler");

        assertTrue(message.contains("class com.example.OrderHandler was not found among the compiled classes "
                + "and dependencies."), message);
        assertTrue(message.contains("Fix: Did you mean " + FIXTURES + "OrderHandler?"), message);
    }

    @Test
    void suggestsTheClassASmallTypoMissed() {
        String message = refusal(FIXTURES + "OrdreHandler");

        assertTrue(message.contains("Fix: Did you mean " + FIXTURES + "OrderHandler?"), message);
    }

    @Test
    void suggestsDollarForANestedClassWrittenWithADot() {
        String message = refusal(FIXTURES + "Outer.Inner");

        assertTrue(message.contains("Fix: Did you mean " + FIXTURES + "Outer$Inner?"), message);
    }

    @Test
    void saysHowToFixAMissingClassWithNothingNearby() {
        String message = refusal("com.example.Zebra");

        assertTrue(message.contains("Fix: Correct the class name (fully qualified, nested classes as Outer$Inner)"),
                message);
    }

    @Test
    void refusesAClassThatIsNoHandler() {
        String message = refusal(INVALID + "NotAHandler");

        assertTrue(message.contains("implements neither RequestHandler nor RequestStreamHandler, and the Handler "
                + "names no method."), message);
        assertTrue(message.contains("or name the method to call: " + INVALID + "NotAHandler::methodName."), message);
    }

    @Test
    void refusesAnAbstractHandler() {
        String message = refusal(INVALID + "AbstractHandler");

        assertTrue(message.contains("class " + INVALID + "AbstractHandler is abstract, so no instance can be "
                + "created to call handleRequest on."), message);
        assertTrue(message.contains("Fix: Name a concrete class that extends or implements it."), message);
    }

    @Test
    void refusesAHandlerWithoutAPublicNoArgumentConstructor() {
        String message = refusal(INVALID + "NeedsArgsHandler");

        assertTrue(message.contains("has no public constructor without parameters"), message);
        assertTrue(message.contains("Fix: Add public NeedsArgsHandler()"), message);
    }

    @Test
    void refusesANonPublicClass() {
        String message = refusal(INVALID + "HiddenHandler");

        assertTrue(message.contains("class " + INVALID + "HiddenHandler is not public, so the generated handler "
                + "table (package io.github.samnative.generated) cannot use it."), message);
        assertTrue(message.contains("Fix: Declare HiddenHandler public."), message);
    }

    @Test
    void refusesAPublicClassNestedInANonPublicOne() {
        String message = refusal(INVALID + "HiddenOuter$Visible");

        assertTrue(message.contains("is nested in " + INVALID + "HiddenOuter, which is not public"), message);
        assertTrue(message.contains("Fix: Declare HiddenOuter public."), message);
    }

    @Test
    void refusesAnInnerClass() {
        String message = refusal(FIXTURES + "Outer$InnerHandler");

        assertTrue(message.contains("is an inner class: it needs an instance of " + FIXTURES + "Outer"), message);
        assertTrue(message.contains("Fix: Declare it static."), message);
    }

    @Test
    void refusesARawRequestHandler() {
        String message = refusal(INVALID + "RawHandler");

        assertTrue(message.contains("implements the raw type RequestHandler, without type arguments, so the type "
                + "to read the event as is unknown."), message);
        assertTrue(message.contains("Fix: Add type arguments, e.g. implements RequestHandler<YourEvent, YourResult>"),
                message);
    }

    @Test
    void refusesAnUnboundTypeVariableAsInputType() {
        String own = refusal(INVALID + "GenericHandler");
        String erased = refusal(INVALID + "ErasedHandler");

        assertTrue(own.contains("the input type of " + INVALID + "GenericHandler (RequestHandler's first type "
                + "argument) is the type variable T of GenericHandler, which nothing binds to a concrete type"), own);
        assertTrue(erased.contains("is the type variable T of BaseHandler, which nothing binds"), erased);
        assertTrue(erased.contains("e.g. class ErasedHandler extends BaseHandler<YourEvent>."), erased);
    }

    @Test
    void refusesAMissingMethodAndListsThePublicOnes() {
        String message = refusal(FIXTURES + "OrderHandler::handle");

        assertTrue(message.contains("class " + FIXTURES + "OrderHandler has no public method named handle."), message);
        assertTrue(message.contains("Fix: Name one of its public methods (handleRequest) or add handle."), message);
    }

    @Test
    void refusesANonPublicMethod() {
        String message = refusal(INVALID + "PrivateMethod::secret");

        assertTrue(message.contains("method secret(String) of " + INVALID + "PrivateMethod is not public."), message);
        assertTrue(message.contains("Fix: Declare secret public."), message);
    }

    @Test
    void refusesUnsupportedParameterListsAndListsTheSupportedOnes() {
        String tooMany = refusal(INVALID + "BadShapes::tooMany");
        String contextFirst = refusal(INVALID + "BadShapes::contextFirst");

        assertTrue(tooMany.contains("has a parameter list a handler can have; found tooMany(String, String, String)."),
                tooMany);
        assertTrue(tooMany.contains("Fix: Give it one of these parameter lists: method(Input), method(Input, Context), "
                + "method(InputStream, OutputStream) or method(InputStream, OutputStream, Context)"), tooMany);
        assertTrue(contextFirst.contains("found contextFirst(Context, String)."), contextFirst);
    }

    @Test
    void refusesAmbiguousOverloads() {
        String message = refusal(INVALID + "Overloads::handle");

        assertTrue(message.contains("the overloads handle(Item), handle(Order) of " + INVALID + "Overloads fit "
                + "equally well"), message);
        assertTrue(message.contains("Fix: Keep only one public method named handle"), message);
    }

    @Test
    void refusesANonPublicInputType() {
        String message = refusal(INVALID + "HiddenInputMethods::take");

        assertTrue(message.contains("the input type " + INVALID + "HiddenInput of take is not a public class, so the "
                + "generated handler table cannot name it."), message);
    }

    @Test
    void refusesAnInstanceMethodOfAnInterface() {
        String message = refusal(INVALID + "InterfaceMethods::handle");

        assertTrue(message.contains("is an interface, so no instance can be created to call handle on."), message);
        assertTrue(message.contains("or make handle static."), message);
    }

    @Test
    void reportsEveryBrokenHandlerWithItsLocationAtOnce() {
        SourceLocation at12 = new SourceLocation(Path.of("template.yaml"), 12);
        HandlerResolutionException e = assertThrows(HandlerResolutionException.class, () -> resolver.resolve(List.of(
                new FunctionHandler("Good", FIXTURES + "OrderHandler"),
                new FunctionHandler("First", "com.example.Missing", at12),
                new FunctionHandler("Second", INVALID + "RawHandler"),
                new FunctionHandler("Third", INVALID + "RawHandler"))));

        assertEquals(2, e.problems().size());
        assertTrue(e.getMessage().startsWith("2 handlers cannot be used:\n\n" + "template.yaml, line 12, function "
                + "First, Handler \"com.example.Missing\": class com.example.Missing was not found"), e.getMessage());
        assertTrue(e.getMessage().contains("\n\nfunctions Second, Third, Handler \"" + INVALID + "RawHandler\": "),
                e.getMessage());
    }

    // --- helpers ---------------------------------------------------------------------------------

    private ResolvedHandler resolveOne(String handler) throws HandlerResolutionException {
        List<ResolvedHandler> handlers = resolver.resolve(List.of(new FunctionHandler("OrdersFunction", handler)));
        assertEquals(1, handlers.size());
        assertEquals(handler, handlers.get(0).name());
        return handlers.get(0);
    }

    private String refusal(String handler) {
        HandlerResolutionException e = assertThrows(HandlerResolutionException.class,
                () -> resolver.resolve(List.of(new FunctionHandler("OrdersFunction", handler))));
        String message = e.getMessage();
        assertTrue(message.startsWith("function OrdersFunction, Handler \"" + handler + "\": "), message);
        assertTrue(message.contains("\n  Fix: "), message);
        return message;
    }

    private static Type expected(String field) throws NoSuchFieldException {
        return Expected.class.getDeclaredField(field).getGenericType();
    }

    static Path testClasses() {
        try {
            return Path.of(OrderHandler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
