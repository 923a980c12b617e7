package io.github.samnative.sample.shortener.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.github.samnative.sample.shortener.links.Link;
import io.github.samnative.sample.shortener.links.LinkRepository;
import io.github.samnative.sample.shortener.testing.HttpApiEvents;
import io.github.samnative.sample.shortener.testing.DynamoDbLocalServer;
import io.github.samnative.sample.shortener.testing.Responses;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedirectHandlerTest {

    private static final Instant CREATED = Instant.parse("2026-01-02T03:04:05.006Z");

    private LinkRepository repository;
    private RedirectHandler handler;

    @BeforeEach
    void newTable() {
        repository = DynamoDbLocalServer.shared().newLinksTable();
        repository.insertIfAbsent(new Link("abc1234", "https://example.com/target?x=1", CREATED, 0));
        handler = new RedirectHandler(repository);
    }

    @Test
    void redirectsWith302ToTheStoredUrlAndCountsTheVisit() {
        APIGatewayV2HTTPResponse first = visit("abc1234");
        APIGatewayV2HTTPResponse second = visit("abc1234");

        assertEquals(302, first.getStatusCode());
        assertEquals("https://example.com/target?x=1", first.getHeaders().get("Location"));
        assertEquals("no-store", first.getHeaders().get("Cache-Control"));
        assertEquals(302, second.getStatusCode());
        assertEquals(2, repository.find("abc1234").orElseThrow().visits());
    }

    @Test
    void queryParametersCannotChangeWhereTheRedirectGoes() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(HttpApiEvents.withId("GET", "/{id}", "abc1234")
                .query("url", "https://evil.example/").query("next", "https://evil.example/")
                .query("redirect", "//evil.example").build(), null);

        assertEquals(302, response.getStatusCode());
        assertEquals("https://example.com/target?x=1", response.getHeaders().get("Location"));
    }

    @Test
    void anUnknownIdIs404WithJsonAndCountsNothing() {
        APIGatewayV2HTTPResponse response = visit("nope123");

        assertEquals(404, response.getStatusCode());
        assertEquals("No link has the id 'nope123'.", Responses.message(response));
        assertFalse(response.getHeaders().containsKey("Location"));
        assertTrue(repository.find("nope123").isEmpty(), "a visit to an unknown id must not create an item");
    }

    @Test
    void browsersGetASmallHtmlPageFor404() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(HttpApiEvents.withId("GET", "/{id}", "nope123")
                .header("accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").build(), null);

        assertEquals(404, response.getStatusCode());
        assertEquals("text/html; charset=utf-8", response.getHeaders().get("Content-Type"));
        assertTrue(response.getBody().contains("<h1>Link not found</h1>"), response.getBody());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "has space", "dot.ted", "<script>alert(1)</script>",
            "abcdefghijklmnopqrstuvwxyz0123456789"})
    void anIdThatCannotExistIs404WithoutALookup(String id) {
        APIGatewayV2HTTPResponse response = visit(id);

        assertEquals(404, response.getStatusCode());
        assertEquals("No link has the id '" + id + "'.", Responses.message(response));
    }

    @Test
    void theHtmlPageDoesNotEchoTheRequestedId() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(HttpApiEvents.withId("GET", "/{id}", "<b>x</b>")
                .header("accept", "text/html").build(), null);

        assertFalse(response.getBody().contains("<b>"), response.getBody());
    }

    @Test
    void aDeletedLinkNoLongerRedirects() {
        repository.delete("abc1234");

        assertEquals(404, visit("abc1234").getStatusCode());
    }

    @Test
    void anotherMethodIs405() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(
                HttpApiEvents.withId("POST", "/{id}", "abc1234").build(), null);

        assertEquals(405, response.getStatusCode());
        assertEquals("GET", response.getHeaders().get("Allow"));
        assertEquals(0, repository.find("abc1234").orElseThrow().visits());
    }

    private APIGatewayV2HTTPResponse visit(String id) {
        return handler.handleRequest(HttpApiEvents.withId("GET", "/{id}", id).build(), null);
    }
}
