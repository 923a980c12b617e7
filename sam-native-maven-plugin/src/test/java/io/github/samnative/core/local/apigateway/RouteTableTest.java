package io.github.samnative.core.local.apigateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.samnative.core.local.LocalFunction;
import io.github.samnative.core.template.ApiEvent;
import io.github.samnative.core.template.Architecture;
import io.github.samnative.core.template.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final RouteTable table = RouteTable.of(List.of(
            function("Catalog",
                    http("ListItems", "/items", "GET"),
                    http("GetItem", "/items/{id}", "GET"),
                    http("Featured", "/items/featured", "GET"),
                    http("AnyItem", "/items/{id}", "ANY"),
                    http("Files", "/files/{path+}", "GET"),
                    http("ItemFiles", "/files/items/{path+}", "GET")),
            function("Legacy", new ApiEvent("Proxy", ApiEvent.Kind.API, "/{proxy+}", "ANY")),
            function("Fallback", http("Default", ApiEvent.DEFAULT_ROUTE, "ANY"))));

    @Test
    void staticSegmentsBeatParametersWhichBeatGreedyOnes() {
        assertRoute("Featured", Map.of(), "GET", "/items/featured");
        assertRoute("GetItem", Map.of("id", "42"), "GET", "/items/42");
        assertRoute("ItemFiles", Map.of("path", "a/b.txt"), "GET", "/files/items/a/b.txt");
        assertRoute("Files", Map.of("path", "docs/a b.txt"), "GET", "/files/docs/a%20b.txt");
        assertRoute("Proxy", Map.of("proxy", "anything/else"), "GET", "/anything/else");
    }

    @Test
    void aNamedMethodBeatsAnyOnTheSamePath() {
        assertRoute("GetItem", Map.of("id", "7"), "GET", "/items/7");
        assertRoute("AnyItem", Map.of("id", "7"), "DELETE", "/items/7");
    }

    @Test
    void pathParametersAreDecodedButPlusSignsStay() {
        assertRoute("GetItem", Map.of("id", "a b+c/d"), "GET", "/items/a%20b+c%2Fd");
    }

    @Test
    void aTrailingSlashIsIgnored() {
        assertRoute("ListItems", Map.of(), "GET", "/items/");
    }

    @Test
    void whatNoRouteMatchesGoesToTheDefaultRoute() {
        RouteTable withDefault = RouteTable.of(List.of(
                function("Catalog", http("ListItems", "/items", "GET")),
                function("Fallback", http("Default", ApiEvent.DEFAULT_ROUTE, "ANY"))));

        assertEquals("Default", withDefault.match("GET", "/").orElseThrow().route().eventName());
        assertEquals("Default", withDefault.match("POST", "/items").orElseThrow().route().eventName(),
                "a path that matches only with another method");
        assertEquals("ListItems", withDefault.match("GET", "/items").orElseThrow().route().eventName());
        assertRoute("Default", Map.of(), "GET", "/", "the greedy /{proxy+} does not match the root");
    }

    @Test
    void withoutADefaultRouteThereIsNoMatch() {
        RouteTable withoutDefault = RouteTable.of(List.of(function("Catalog", http("GetItem", "/items/{id}", "GET"))));

        assertEquals(Optional.empty(), withoutDefault.match("GET", "/items"));
        assertEquals(Optional.empty(), withoutDefault.match("GET", "/items//"));
        assertEquals(Optional.empty(), withoutDefault.match("POST", "/items/1"));
        assertEquals(Optional.empty(), withoutDefault.match("GET", "/items/1/more"));
    }

    @Test
    void aRouteWrittenTwiceIsReported() {
        RouteTable twice = RouteTable.of(List.of(
                function("A", http("Get", "/orders", "GET")),
                function("B", new ApiEvent("Get", ApiEvent.Kind.API, "/orders", "GET"))));

        assertEquals(List.of("GET /orders is routed to A (HttpApi event Get) and B (Api event Get); locally A answers."),
                twice.conflicts());
        assertEquals("A", twice.match("GET", "/orders").orElseThrow().route().functionName());
        assertTrue(table.conflicts().isEmpty());
    }

    @Test
    void theTableListsMethodPathFunctionAndApi() {
        RouteTable small = RouteTable.of(List.of(
                function("Catalog", http("GetItem", "/items/{id}", "GET")),
                function("Legacy", new ApiEvent("Proxy", ApiEvent.Kind.API, "/{proxy+}", "ANY"))));

        assertEquals("  Method  Path         Function  API\n"
                + "  GET     /items/{id}  Catalog   HttpApi\n"
                + "  ANY     /{proxy+}    Legacy    Api\n"
                + "Base URL: http://127.0.0.1:3000", small.render("http://127.0.0.1:3000"));
    }

    private void assertRoute(String eventName, Map<String, String> parameters, String method, String path) {
        assertRoute(eventName, parameters, method, path, method + " " + path);
    }

    private void assertRoute(String eventName, Map<String, String> parameters, String method, String path, String why) {
        RouteMatch match = table.match(method, path).orElseThrow(() -> new AssertionError("no route for " + why));
        assertEquals(eventName, match.route().eventName(), why);
        assertEquals(parameters, match.pathParameters(), why);
    }

    private static ApiEvent http(String name, String path, String method) {
        return new ApiEvent(name, ApiEvent.Kind.HTTP_API, path, method);
    }

    static LocalFunction function(String logicalId, ApiEvent... events) {
        return new LocalFunction(logicalId, "handler", Architecture.X86_64, 128, 3, Path.of("/tmp/" + logicalId), Map.of(),
                List.of(events), new SourceLocation(Path.of("template.yaml"), 1));
    }
}
