package io.github.samnative.sample.shortener.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.samnative.sample.shortener.http.PublicBaseUrl;
import io.github.samnative.sample.shortener.links.Link;
import io.github.samnative.sample.shortener.links.LinkRepository;
import io.github.samnative.sample.shortener.links.PageCursor;
import io.github.samnative.sample.shortener.testing.HttpApiEvents;
import io.github.samnative.sample.shortener.testing.DynamoDbLocalServer;
import io.github.samnative.sample.shortener.testing.Responses;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListLinksHandlerTest {

    private LinkRepository repository;
    private ListLinksHandler handler;

    @BeforeEach
    void newTable() {
        repository = DynamoDbLocalServer.shared().newLinksTable();
        handler = new ListLinksHandler(repository, new PublicBaseUrl(Optional.empty()));
    }

    @Test
    void anEmptyTableGivesNoItemsAndNoCursor() {
        JsonNode body = Responses.json(list(HttpApiEvents.request("GET", "/links")));

        assertEquals(0, body.get("items").size());
        assertTrue(body.get("nextCursor").isNull());
    }

    @Test
    void listsTwentyByDefaultWithAllFieldsOfEachLink() {
        Set<String> stored = store(25);

        APIGatewayV2HTTPResponse response = handler.handleRequest(HttpApiEvents.request("GET", "/links").build(), null);

        assertEquals(200, response.getStatusCode());
        JsonNode body = Responses.json(response);
        assertEquals(20, body.get("items").size());
        JsonNode first = body.get("items").get(0);
        String id = first.get("id").textValue();
        assertTrue(stored.contains(id));
        assertEquals("https://example.com/" + id, first.get("url").textValue());
        assertEquals("https://" + HttpApiEvents.DOMAIN + "/" + id, first.get("shortUrl").textValue());
        assertEquals("2026-01-01T00:00:00Z", first.get("createdAt").textValue());
        assertEquals(0, first.get("visits").longValue());
        assertTrue(body.get("nextCursor").isTextual());
    }

    @Test
    void followingNextCursorVisitsEveryLinkExactlyOnce() {
        Set<String> stored = store(11);
        List<String> seen = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        int pages = 0;
        do {
            HttpApiEvents request = HttpApiEvents.request("GET", "/links").query("limit", "3");
            cursor.ifPresent(c -> request.query("cursor", c));
            JsonNode body = Responses.json(list(request));
            body.get("items").forEach(item -> seen.add(item.get("id").textValue()));
            cursor = body.get("nextCursor").isNull() ? Optional.empty() : Optional.of(body.get("nextCursor").textValue());
            assertTrue(++pages <= 5, "more pages than 11 links in pages of 3 can fill");
        } while (cursor.isPresent());

        assertEquals(11, seen.size(), seen.toString());
        assertEquals(stored, new HashSet<>(seen));
    }

    @Test
    void limitsFromOneToAHundredAreAccepted() {
        store(101);

        assertEquals(1, Responses.json(list(HttpApiEvents.request("GET", "/links").query("limit", "1"))).get("items").size());
        assertEquals(100, Responses.json(list(HttpApiEvents.request("GET", "/links").query("limit", "100")))
                .get("items").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "abc", "1.5", "", "1e2", "+5", "20,30", "99999999999999999999"})
    void aLimitOutsideOneToAHundredIs400(String limit) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(
                HttpApiEvents.request("GET", "/links").query("limit", limit).build(), null);

        assertEquals(400, response.getStatusCode());
        assertTrue(Responses.message(response).contains("use a whole number from 1 to 100"), response.getBody());
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage!", "", "djE6", "eyJpZCI6ImFiYyJ9", "djE6YSBi"})
    void anInvalidCursorIs400(String cursor) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(
                HttpApiEvents.request("GET", "/links").query("cursor", cursor).build(), null);

        assertEquals(400, response.getStatusCode());
        assertTrue(Responses.message(response).contains("\"cursor\" is not a cursor this API made"), response.getBody());
    }

    @Test
    void aCursorOfAnotherVersionIs400() {
        String foreign = Base64.getUrlEncoder().encodeToString("v2:abc1234".getBytes(StandardCharsets.UTF_8));

        assertEquals(400, handler.handleRequest(
                HttpApiEvents.request("GET", "/links").query("cursor", foreign).build(), null).getStatusCode());
    }

    @Test
    void aCursorWhoseLinkWasDeletedStillContinues() {
        Set<String> stored = store(6);
        JsonNode first = Responses.json(list(HttpApiEvents.request("GET", "/links").query("limit", "3")));
        String lastOfPage = first.get("items").get(2).get("id").textValue();
        repository.delete(lastOfPage);

        JsonNode second = Responses.json(list(HttpApiEvents.request("GET", "/links").query("limit", "3")
                .query("cursor", first.get("nextCursor").textValue())));

        Set<String> seen = new HashSet<>();
        first.get("items").forEach(item -> seen.add(item.get("id").textValue()));
        second.get("items").forEach(item -> seen.add(item.get("id").textValue()));
        assertEquals(stored, seen);
        assertEquals(PageCursor.encode(lastOfPage), first.get("nextCursor").textValue());
    }

    @Test
    void anotherMethodIs405() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(HttpApiEvents.request("POST", "/links").build(), null);

        assertEquals(405, response.getStatusCode());
        assertEquals("GET", response.getHeaders().get("Allow"));
    }

    private APIGatewayV2HTTPResponse list(HttpApiEvents request) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(request.build(), null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        return response;
    }

    private Set<String> store(int count) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String id = String.format("link%03d", i);
            repository.insertIfAbsent(new Link(id, "https://example.com/" + id, Instant.parse("2026-01-01T00:00:00Z"), 0));
            ids.add(id);
        }
        return ids;
    }
}
