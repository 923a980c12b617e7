package io.github.samnative.sample.shortener.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.samnative.sample.shortener.http.JsonRequestBody;
import io.github.samnative.sample.shortener.http.PublicBaseUrl;
import io.github.samnative.sample.shortener.links.Link;
import io.github.samnative.sample.shortener.links.LinkRepository;
import io.github.samnative.sample.shortener.links.RandomIds;
import io.github.samnative.sample.shortener.testing.HttpApiEvents;
import io.github.samnative.sample.shortener.testing.DynamoDbLocalServer;
import io.github.samnative.sample.shortener.testing.Responses;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreateLinkHandlerTest {

    private static final Instant NOW = Instant.parse("2026-03-14T15:09:26.535Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String BASE = "https://" + HttpApiEvents.DOMAIN;

    private LinkRepository repository;
    private CreateLinkHandler handler;

    @BeforeEach
    void newTable() {
        repository = DynamoDbLocalServer.shared().newLinksTable();
        handler = new CreateLinkHandler(repository, new PublicBaseUrl(Optional.empty()), new RandomIds(), CLOCK);
    }

    @Test
    void createsALinkWithAGeneratedIdAndAnswers201WithLocation() {
        APIGatewayV2HTTPResponse response = post("{\"url\": \"https://example.com/a/long/path?q=1#top\"}");

        assertEquals(201, response.getStatusCode(), response.getBody());
        JsonNode body = Responses.json(response);
        String id = body.get("id").textValue();
        assertTrue(id.matches("[0-9A-Za-z]{7}"), id);
        assertEquals("https://example.com/a/long/path?q=1#top", body.get("url").textValue());
        assertEquals(BASE + "/" + id, body.get("shortUrl").textValue());
        assertEquals("2026-03-14T15:09:26.535Z", body.get("createdAt").textValue());
        assertEquals(List.of("id", "url", "shortUrl", "createdAt"), fieldNames(body));
        assertEquals(BASE + "/links/" + id, response.getHeaders().get("Location"));

        Link stored = repository.find(id).orElseThrow();
        assertEquals(new Link(id, "https://example.com/a/long/path?q=1#top", NOW, 0), stored);
    }

    @Test
    void createsALinkWithACustomSlug() {
        APIGatewayV2HTTPResponse response = post("{\"url\": \"https://example.com/\", \"slug\": \"my_Slug-42\"}");

        assertEquals(201, response.getStatusCode(), response.getBody());
        assertEquals("my_Slug-42", Responses.json(response).get("id").textValue());
        assertEquals(BASE + "/my_Slug-42", Responses.json(response).get("shortUrl").textValue());
        assertEquals("https://example.com/", repository.find("my_Slug-42").orElseThrow().url());
    }

    @Test
    void aTakenSlugIs409AndTheExistingLinkIsKept() {
        assertEquals(201, post("{\"url\": \"https://first.example/\", \"slug\": \"taken\"}").getStatusCode());

        APIGatewayV2HTTPResponse second = post("{\"url\": \"https://second.example/\", \"slug\": \"taken\"}");

        assertEquals(409, second.getStatusCode());
        assertTrue(Responses.message(second).contains("'taken' is already taken"), second.getBody());
        assertEquals("https://first.example/", repository.find("taken").orElseThrow().url());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "ab                                | has 2 characters; a slug has 3 to 32",
        "abcdefghijklmnopqrstuvwxyz0123456 | has 33 characters; a slug has 3 to 32",
        "has space                         | may contain only letters",
        "dots.not.ok                       | may contain only letters",
        "ünïcode                           | may contain only letters",
        "slash/x                           | may contain only letters",
        "links                             | is reserved",
        "LINKS                             | is reserved",
        "admin                             | is reserved",
    })
    void aBadSlugIs400SayingWhichRule(String slug, String expected) {
        APIGatewayV2HTTPResponse response = post("{\"url\": \"https://example.com/\", \"slug\": \"" + slug + "\"}");

        assertEquals(400, response.getStatusCode());
        assertTrue(Responses.message(response).contains(expected), response.getBody());
        assertEquals(0, DynamoDbLocalServer.shared().itemCount(repository.tableName()));
    }

    @Test
    void slugsOfThreeAndThirtyTwoCharactersAreAccepted() {
        assertEquals(201, post("{\"url\": \"https://example.com/\", \"slug\": \"abc\"}").getStatusCode());
        assertEquals(201, post("{\"url\": \"https://example.com/\", \"slug\": \"abcdefghijklmnopqrstuvwxyz012345\"}")
                .getStatusCode());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "javascript:alert(1)                 | scheme 'javascript:'",
        "JavaScript:alert(document.cookie)   | scheme 'JavaScript:'",
        "data:text/html;base64,PHNjcmlwdD4=  | scheme 'data:'",
        "file:///etc/passwd                  | scheme 'file:'",
        "ftp://files.example.com/x           | scheme 'ftp:'",
        "/relative/path                      | is relative",
        "example.com/page                    | is relative",
        "//example.com/page                  | is relative",
        "https://user:secret@example.com/    | contains credentials",
        "https://user@example.com/           | contains credentials",
        "https://                            | is not a valid URL",
        "http://exa mple.com/                | space or control character",
        "https:///no-host                    | has no host",
        "https:opaque                        | has no host",
        "http://[::1/                        | is not a valid URL",
        "https://exa_mple.com/               | invalid host",
        "https://example.com:99999/          | port 99999",
    })
    void aUrlBreakingARuleIs400SayingWhatIsWrong(String url, String expected) {
        APIGatewayV2HTTPResponse response = post("{\"url\": \"" + url + "\"}");

        assertEquals(400, response.getStatusCode(), response.getBody());
        assertTrue(Responses.message(response).contains(expected), response.getBody());
        assertEquals(0, DynamoDbLocalServer.shared().itemCount(repository.tableName()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\\t\\n"})
    void anEmptyOrWhitespaceOnlyUrlIs400(String url) {
        APIGatewayV2HTTPResponse response = post("{\"url\": \"" + url + "\"}");

        assertEquals(400, response.getStatusCode());
        assertTrue(Responses.message(response).contains("\"url\" is empty"), response.getBody());
    }

    @Test
    void aUrlOfMoreThan2048CharactersIs400AndOfExactly2048Is201() {
        String prefix = "https://example.com/";
        String atLimit = prefix + "a".repeat(2048 - prefix.length());

        assertEquals(201, post("{\"url\": \"" + atLimit + "\"}").getStatusCode());

        APIGatewayV2HTTPResponse tooLong = post("{\"url\": \"" + atLimit + "b\"}");
        assertEquals(400, tooLong.getStatusCode());
        assertTrue(Responses.message(tooLong).contains("2049 characters; the limit is 2048"), tooLong.getBody());
    }

    @Test
    void httpAndUpperCaseSchemesAndIpHostsAreAccepted() {
        assertEquals(201, post("{\"url\": \"http://example.com\"}").getStatusCode());
        assertEquals(201, post("{\"url\": \"HTTPS://EXAMPLE.COM/Path\"}").getStatusCode());
        assertEquals(201, post("{\"url\": \"http://192.0.2.10:8080/x\"}").getStatusCode());
        assertEquals(201, post("{\"url\": \"http://[2001:db8::1]/x\"}").getStatusCode());
    }

    @Test
    void nonAsciiCharactersAreStoredPercentEncodedSoTheyAreSafeInALocationHeader() {
        APIGatewayV2HTTPResponse response = post("{\"url\": \"https://example.com/caf\u00e9\"}");

        assertEquals(201, response.getStatusCode(), response.getBody());
        assertEquals("https://example.com/caf%C3%A9", Responses.json(response).get("url").textValue());
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        APIGatewayV2HTTPResponse response = post("{\"url\": \"  https://example.com/  \"}");

        assertEquals(201, response.getStatusCode());
        assertEquals("https://example.com/", Responses.json(response).get("url").textValue());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"url\": \"https://example.com/\"           | is not valid JSON (line 1",
        "not json at all                              | is not valid JSON",
        "{\"url\": \"https://a.example/\"} trailing   | is not valid JSON",
        "{\"url\": \"https://a.example/\", \"url\": \"https://b.example/\"} | is not valid JSON",
        "[\"https://example.com/\"]                   | must be a JSON object such as {\"url\": \"https://example.com/\"}, not an array",
        "\"https://example.com/\"                     | must be a JSON object",
        "null                                         | must be a JSON object",
        "{}                                           | has no \"url\"",
        "{\"url\": null}                              | has no \"url\"",
        "{\"slug\": \"abc\"}                          | has no \"url\"",
        "{\"url\": 42}                                | \"url\" must be a JSON string, not a number",
        "{\"url\": [\"https://example.com/\"]}        | \"url\" must be a JSON string, not an array",
        "{\"url\": \"https://example.com/\", \"slug\": 7} | \"slug\" must be a JSON string, not a number",
    })
    void aBadBodyIs400WithAClearMessage(String body, String expected) {
        APIGatewayV2HTTPResponse response = post(body);

        assertEquals(400, response.getStatusCode(), response.getBody());
        assertTrue(Responses.message(response).contains(expected), response.getBody());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n "})
    void anEmptyBodyIs400(String body) {
        APIGatewayV2HTTPResponse response = post(body);

        assertEquals(400, response.getStatusCode());
        assertTrue(Responses.message(response).contains("The request body is empty"), response.getBody());
    }

    @Test
    void aMissingBodyIs400() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(
                HttpApiEvents.request("POST", "/links").header("content-type", "application/json").build(), null);

        assertEquals(400, response.getStatusCode());
        assertTrue(Responses.message(response).contains("The request body is empty"), response.getBody());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "text/plain                        | Content-Type is 'text/plain'",
        "application/x-www-form-urlencoded | Content-Type is 'application/x-www-form-urlencoded'",
        "application/jsonp                 | Content-Type is 'application/jsonp'",
    })
    void aWrongContentTypeIs400(String contentType, String expected) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(HttpApiEvents.request("POST", "/links")
                .header("content-type", contentType).body("{\"url\": \"https://example.com/\"}").build(), null);

        assertEquals(400, response.getStatusCode());
        assertTrue(Responses.message(response).contains(expected), response.getBody());
        assertTrue(Responses.message(response).contains("Content-Type: application/json"), response.getBody());
    }

    @Test
    void aMissingContentTypeIs400() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(HttpApiEvents.request("POST", "/links")
                .body("{\"url\": \"https://example.com/\"}").build(), null);

        assertEquals(400, response.getStatusCode());
        assertTrue(Responses.message(response).contains("Content-Type is missing"), response.getBody());
    }

    @Test
    void jsonWithACharsetParameterIsAccepted() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(HttpApiEvents.request("POST", "/links")
                .header("content-type", "Application/JSON; charset=UTF-8")
                .body("{\"url\": \"https://example.com/\"}").build(), null);

        assertEquals(201, response.getStatusCode(), response.getBody());
    }

    @Test
    void aBodyOverTheLimitIs400() {
        String padding = " ".repeat(JsonRequestBody.MAX_BYTES);
        APIGatewayV2HTTPResponse response = post("{\"url\": \"https://example.com/\"}" + padding);

        assertEquals(400, response.getStatusCode());
        assertTrue(Responses.message(response).contains("bytes; the limit is 16384 bytes"), response.getBody());
        assertEquals(0, DynamoDbLocalServer.shared().itemCount(repository.tableName()));
    }

    @Test
    void aBase64EncodedBodyIsDecoded() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(HttpApiEvents.request("POST", "/links")
                .header("content-type", "application/json")
                .base64Body("{\"url\": \"https://example.com/b64\"}".getBytes(StandardCharsets.UTF_8)).build(), null);

        assertEquals(201, response.getStatusCode(), response.getBody());
        assertEquals("https://example.com/b64", Responses.json(response).get("url").textValue());
    }

    @Test
    void aBodyThatIsNotUtf8Is400() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(HttpApiEvents.request("POST", "/links")
                .header("content-type", "application/json")
                .base64Body(new byte[] {'{', '"', 'u', (byte) 0xC3, (byte) 0x28, '"', '}'}).build(), null);

        assertEquals(400, response.getStatusCode());
        assertTrue(Responses.message(response).contains("not UTF-8"), response.getBody());
    }

    @Test
    void aGeneratedIdThatIsTakenIsReplacedAndTheExistingLinkIsNeverOverwritten() {
        repository.insertIfAbsent(new Link("Exist01", "https://owner.example/", NOW, 5));
        Deque<String> proposals = new ArrayDeque<>(List.of("Exist01", "links", "Fresh02"));
        CreateLinkHandler withCollisions = new CreateLinkHandler(repository, new PublicBaseUrl(Optional.empty()),
                proposals::removeFirst, CLOCK);

        APIGatewayV2HTTPResponse response = withCollisions.handleRequest(HttpApiEvents.request("POST", "/links")
                .json("{\"url\": \"https://newcomer.example/\"}").build(), null);

        assertEquals(201, response.getStatusCode(), response.getBody());
        assertEquals("Fresh02", Responses.json(response).get("id").textValue());
        assertEquals(new Link("Exist01", "https://owner.example/", NOW, 5), repository.find("Exist01").orElseThrow());
        assertTrue(proposals.isEmpty());
    }

    @Test
    void aGeneratorThatOnlyProposesTakenIdsFailsInsteadOfLoopingForever() {
        repository.insertIfAbsent(new Link("Always1", "https://owner.example/", NOW, 0));
        CreateLinkHandler stuck = new CreateLinkHandler(repository, new PublicBaseUrl(Optional.empty()), () -> "Always1",
                CLOCK);

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> stuck.handleRequest(
                HttpApiEvents.request("POST", "/links").json("{\"url\": \"https://x.example/\"}").build(), null));

        assertTrue(failure.getMessage().contains("No free id after 8"), failure.getMessage());
        assertEquals("https://owner.example/", repository.find("Always1").orElseThrow().url());
    }

    @Test
    void shortUrlsUseBaseUrlWhenItIsSet() {
        CreateLinkHandler configured = new CreateLinkHandler(repository, new PublicBaseUrl(Optional.of("https://sho.rt/")),
                new RandomIds(), CLOCK);

        APIGatewayV2HTTPResponse response = configured.handleRequest(HttpApiEvents.request("POST", "/links")
                .json("{\"url\": \"https://example.com/\", \"slug\": \"docs\"}").build(), null);

        assertEquals("https://sho.rt/docs", Responses.json(response).get("shortUrl").textValue());
        assertEquals("https://sho.rt/links/docs", response.getHeaders().get("Location"));
    }

    @Test
    void shortUrlsIncludeANamedStage() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(HttpApiEvents.request("POST", "/links")
                .stage("prod").json("{\"url\": \"https://example.com/\", \"slug\": \"staged\"}").build(), null);

        assertEquals(BASE + "/prod/staged", Responses.json(response).get("shortUrl").textValue());
    }

    @Test
    void anotherMethodIs405WithAllow() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(HttpApiEvents.request("PUT", "/links")
                .json("{\"url\": \"https://example.com/\"}").build(), null);

        assertEquals(405, response.getStatusCode());
        assertEquals("POST", response.getHeaders().get("Allow"));
        assertFalse(Responses.message(response).isEmpty());
        assertEquals(0, DynamoDbLocalServer.shared().itemCount(repository.tableName()));
    }

    private APIGatewayV2HTTPResponse post(String body) {
        return handler.handleRequest(HttpApiEvents.request("POST", "/links").json(body).build(), null);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
