package io.github.samnative.sample.shortener.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class DeleteLinkHandlerTest {

    private LinkRepository repository;
    private DeleteLinkHandler handler;

    @BeforeEach
    void newTable() {
        repository = DynamoDbLocalServer.shared().newLinksTable();
        repository.insertIfAbsent(new Link("gone123", "https://example.com/", Instant.EPOCH, 0));
        repository.insertIfAbsent(new Link("stays12", "https://example.org/", Instant.EPOCH, 0));
        handler = new DeleteLinkHandler(repository);
    }

    @Test
    void deletesTheLinkWith204AndNoBody() {
        APIGatewayV2HTTPResponse response = delete("gone123");

        assertEquals(204, response.getStatusCode());
        assertEquals("", response.getBody());
        assertTrue(repository.find("gone123").isEmpty());
        assertTrue(repository.find("stays12").isPresent());
    }

    @Test
    void deletingTwiceIs404TheSecondTime() {
        delete("gone123");

        APIGatewayV2HTTPResponse again = delete("gone123");

        assertEquals(404, again.getStatusCode());
        assertEquals("No link has the id 'gone123'.", Responses.message(again));
    }

    @Test
    void anUnknownIdIs404AndDeletesNothing() {
        assertEquals(404, delete("unknown").getStatusCode());
        assertEquals(404, delete("!").getStatusCode());
        assertEquals(2, DynamoDbLocalServer.shared().itemCount(repository.tableName()));
    }

    @Test
    void anotherMethodIs405() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(
                HttpApiEvents.withId("GET", "/links/{id}", "gone123").build(), null);

        assertEquals(405, response.getStatusCode());
        assertEquals("DELETE", response.getHeaders().get("Allow"));
        assertTrue(repository.find("gone123").isPresent());
    }

    private APIGatewayV2HTTPResponse delete(String id) {
        return handler.handleRequest(HttpApiEvents.withId("DELETE", "/links/{id}", id).build(), null);
    }
}
