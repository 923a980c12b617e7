package io.github.samnative.sample.shortener.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.github.samnative.sample.shortener.testing.HttpApiEvents;
import io.github.samnative.sample.shortener.testing.Responses;
import io.github.samnative.sample.shortener.testing.RootTemplate;
import io.github.samnative.sample.shortener.testing.RootTemplate.Route;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MethodNotAllowedHandlerTest {

    private final MethodNotAllowedHandler handler = new MethodNotAllowedHandler();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "PUT     | /links      | /links        | GET, POST",
        "PATCH   | /links      | /links        | GET, POST",
        "DELETE  | /links      | /links        | GET, POST",
        "PUT     | /links/{id} | /links/abc123 | GET, DELETE",
        "POST    | /links/{id} | /links/abc123 | GET, DELETE",
        "OPTIONS | /links/{id} | /links/abc123 | GET, DELETE",
        "POST    | /{id}       | /abc123       | GET",
        "DELETE  | /{id}       | /abc123       | GET",
    })
    void answers405WithTheMethodsThePathServes(String method, String route, String path, String allowed) {
        HttpApiEvents request = route.contains("{id}") ? HttpApiEvents.withId(method, route, "abc123")
                : HttpApiEvents.request(method, route);

        APIGatewayV2HTTPResponse response = handler.handleRequest(request.build(), null);

        assertEquals(405, response.getStatusCode());
        assertEquals(allowed, response.getHeaders().get("Allow"));
        assertEquals("Method " + method + " is not allowed on " + path + "; use " + allowed + ".",
                Responses.message(response));
    }

    @Test
    void aRouteItDoesNotKnowIs404() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(
                HttpApiEvents.request("PUT", "/other").build(), null);

        assertEquals(404, response.getStatusCode());
        assertTrue(Responses.message(response).contains("PUT /other"), response.getBody());
    }

    /**
     * The template routes every path's other methods to this function with ANY, and the table of
     * allowed methods here must say exactly what the template's other routes serve.
     */
    @Test
    void itsAllowTableMatchesTheRoutesOfTheTemplate() {
        Map<String, Set<String>> served = new TreeMap<>();
        Set<String> anyPaths = new TreeSet<>();
        for (Route route : RootTemplate.load().routes()) {
            if (route.method().equals("ANY")) {
                assertEquals(MethodNotAllowedHandler.class.getName(), route.handler(), route.toString());
                anyPaths.add(route.path());
            } else {
                served.computeIfAbsent(route.path(), path -> new TreeSet<>()).add(route.method());
            }
        }
        Map<String, Set<String>> allowed = new TreeMap<>();
        MethodNotAllowedHandler.ALLOWED.forEach((path, methods) -> allowed.put(path,
                Arrays.stream(methods.split(", ")).collect(Collectors.toCollection(TreeSet::new))));

        assertEquals(served, allowed);
        assertEquals(served.keySet(), anyPaths, "every routed path needs an ANY route for 405");
    }
}
