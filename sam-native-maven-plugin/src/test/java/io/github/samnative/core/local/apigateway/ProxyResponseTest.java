package io.github.samnative.core.local.apigateway;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProxyResponseTest {

    @Test
    void restApiResponsesNeedAStatusCodeAndAStringBody() {
        assertMalformed("the result has no statusCode", true, "{\"body\":\"hi\"}");
        assertMalformed("the result is not a JSON object", true, "\"hi\"");
        assertMalformed("body is object, not a string", true, "{\"statusCode\":200,\"body\":{\"a\":1}}");
        assertMalformed("statusCode 99 is not an HTTP status code", true, "{\"statusCode\":99}");
        assertMalformed("the result is not JSON", true, "not json");
    }

    @Test
    void multiValueHeadersWinOverHeadersOfTheSameName() throws Exception {
        ProxyResponse response = ProxyResponse.fromRestApi(bytes("{\"statusCode\":201,"
                + "\"headers\":{\"X-Tag\":\"single\",\"Content-Type\":\"text/plain\",\"X-Count\":3},"
                + "\"multiValueHeaders\":{\"x-tag\":[\"a\",\"b\"]},\"body\":\"created\"}"));

        assertEquals(201, response.statusCode());
        assertEquals(List.of(header("x-tag", "a"), header("x-tag", "b"), header("Content-Type", "text/plain"),
                header("X-Count", "3")), response.headers());
        assertEquals("created", new String(response.body(), StandardCharsets.UTF_8));
    }

    @Test
    void base64BodiesAreDecodedAndJsonIsTheDefaultContentType() throws Exception {
        ProxyResponse response = ProxyResponse.fromRestApi(bytes("{\"statusCode\":200,\"isBase64Encoded\":true,\"body\":\"AAEC/w==\"}"));

        assertArrayEquals(new byte[] {0, 1, 2, (byte) 0xff}, response.body());
        assertEquals(List.of(header("Content-Type", "application/json")), response.headers());
        assertMalformed("isBase64Encoded is true but body is not base64", true,
                "{\"statusCode\":200,\"isBase64Encoded\":true,\"body\":\"%%%\"}");
    }

    @Test
    void cookiesBecomeSetCookieHeadersInPayloadTwoOnly() throws Exception {
        String result = "{\"statusCode\":200,\"cookies\":[\"a=1; HttpOnly\",\"b=2\"],\"body\":\"\"}";

        assertEquals(List.of(header("Set-Cookie", "a=1; HttpOnly"), header("Set-Cookie", "b=2"),
                header("Content-Type", "application/json")), ProxyResponse.fromHttpApi(bytes(result)).headers());
        assertEquals(List.of(header("Content-Type", "application/json")), ProxyResponse.fromRestApi(bytes(result)).headers());
    }

    @Test
    void payloadTwoTakesAnyOtherJsonAsTheBodyOfA200() throws Exception {
        ProxyResponse object = ProxyResponse.fromHttpApi(bytes("{\"hello\":\"world\"}"));
        ProxyResponse text = ProxyResponse.fromHttpApi(bytes("\"just text\""));
        ProxyResponse number = ProxyResponse.fromHttpApi(bytes("42"));

        assertEquals(200, object.statusCode());
        assertEquals(List.of(header("Content-Type", "application/json")), object.headers());
        assertEquals("{\"hello\":\"world\"}", new String(object.body(), StandardCharsets.UTF_8));
        assertEquals("just text", new String(text.body(), StandardCharsets.UTF_8));
        assertEquals("42", new String(number.body(), StandardCharsets.UTF_8));
        assertMalformed("the result is not JSON", false, "<html>");
    }

    private static void assertMalformed(String expectedStart, boolean restApi, String result) {
        ProxyResponse.MalformedException malformed = assertThrows(ProxyResponse.MalformedException.class,
                () -> {
                    if (restApi) {
                        ProxyResponse.fromRestApi(bytes(result));
                    } else {
                        ProxyResponse.fromHttpApi(bytes(result));
                    }
                });
        assertTrue(malformed.getMessage().startsWith(expectedStart), malformed.getMessage());
    }

    private static Map.Entry<String, String> header(String name, String value) {
        return new SimpleImmutableEntry<>(name, value);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
