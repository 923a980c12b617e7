package io.github.samnative.sample.shortener.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.samnative.sample.shortener.http.PublicBaseUrl;
import io.github.samnative.sample.shortener.links.Link;
import io.github.samnative.sample.shortener.links.LinkRepository;
import io.github.samnative.sample.shortener.testing.HttpApiEvents;
import io.github.samnative.sample.shortener.testing.DynamoDbLocalServer;
import io.github.samnative.sample.shortener.testing.Responses;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GetLinkHandlerTest {

    private LinkRepository repository;
    private GetLinkHandler handler;

    @BeforeEach
    void newTable() {
        repository = DynamoDbLocalServer.shared().newLinksTable();
        handler = new GetLinkHandler(repository, new PublicBaseUrl(Optional.empty()));
    }

    @Test
    void returnsTheLinkWithItsVisits() {
        repository.insertIfAbsent(new Link("Q9x_-z", "https://example.com/", Instant.parse("2026-05-06T07:08:09.010Z"), 0));
        RedirectHandler redirects = new RedirectHandler(repository);
        for (int i = 0; i < 3; i++) {
            redirects.handleRequest(HttpApiEvents.withId("GET", "/{id}", "Q9x_-z").build(), null);
        }

        APIGatewayV2HTTPResponse response = get("Q9x_-z");

        assertEquals(200, response.getStatusCode());
        JsonNode body = Responses.json(response);
        assertEquals("Q9x_-z", body.get("id").textValue());
        assertEquals("https://example.com/", body.get("url").textValue());
        assertEquals("https://" + HttpApiEvents.DOMAIN + "/Q9x_-z", body.get("shortUrl").textValue());
        assertEquals("2026-05-06T07:08:09.010Z", body.get("createdAt").textValue());
        assertEquals(3, body.get("visits").longValue());
        assertEquals(5, body.size());
    }

    @Test
    void aLinkJustCreatedIsFound() {
        CreateLinkHandler create = new CreateLinkHandler(repository, new PublicBaseUrl(Optional.empty()),
                new io.github.samnative.sample.shortener.links.RandomIds(), java.time.Clock.systemUTC());
        String id = Responses.json(create.handleRequest(HttpApiEvents.request("POST", "/links")
                .json("{\"url\": \"https://example.com/new\"}").build(), null)).get("id").textValue();

        APIGatewayV2HTTPResponse response = get(id);

        assertEquals(200, response.getStatusCode());
        assertEquals(0, Responses.json(response).get("visits").longValue());
    }

    @Test
    void anUnknownIdIs404() {
        APIGatewayV2HTTPResponse response = get("missing");

        assertEquals(404, response.getStatusCode());
        assertEquals("No link has the id 'missing'.", Responses.message(response));
    }

    @Test
    void anIdThatCannotExistIs404() {
        assertEquals(404, get("x").getStatusCode());
    }

    @Test
    void anotherMethodIs405() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(
                HttpApiEvents.withId("PATCH", "/links/{id}", "abc").build(), null);

        assertEquals(405, response.getStatusCode());
        assertEquals("GET", response.getHeaders().get("Allow"));
    }

    private APIGatewayV2HTTPResponse get(String id) {
        return handler.handleRequest(HttpApiEvents.withId("GET", "/links/{id}", id).build(), null);
    }
}
