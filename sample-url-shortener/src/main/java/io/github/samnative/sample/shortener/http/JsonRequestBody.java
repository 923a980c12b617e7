package io.github.samnative.sample.shortener.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The JSON object a request carries: checked for content type, size and syntax, each failure a
 * {@code 400} saying what to send instead.
 */
public final class JsonRequestBody {

    /** Room for a 2048-character URL even if every character is written as a six-character escape. */
    public static final int MAX_BYTES = 16 * 1024;

    private JsonRequestBody() {
    }

    public static ObjectNode read(APIGatewayV2HTTPEvent event) {
        checkContentType(event);
        byte[] bytes = bytes(event);
        if (bytes.length > MAX_BYTES) {
            throw HttpProblem.badRequest("The request body is " + bytes.length + " bytes; the limit is " + MAX_BYTES
                    + " bytes.");
        }
        String text = utf8(bytes);
        if (text.isBlank()) {
            throw HttpProblem.badRequest("The request body is empty; send a JSON object such as"
                    + " {\"url\": \"https://example.com/\"}.");
        }
        JsonNode parsed;
        try {
            parsed = Json.parse(text);
        } catch (JsonProcessingException e) {
            throw HttpProblem.badRequest("The request body is not valid JSON" + where(e) + ": " + e.getOriginalMessage());
        }
        if (!(parsed instanceof ObjectNode object)) {
            throw HttpProblem.badRequest("The request body must be a JSON object such as"
                    + " {\"url\": \"https://example.com/\"}, not " + describe(parsed) + ".");
        }
        return object;
    }

    /** A required text field. */
    public static String requiredText(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw HttpProblem.badRequest("The request body has no \"" + field + "\"; add it, e.g."
                    + " {\"" + field + "\": \"https://example.com/\"}.");
        }
        return text(value, field);
    }

    /** An optional text field: absent and {@code null} both mean "not given". */
    public static Optional<String> optionalText(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(text(value, field));
    }

    private static String text(JsonNode value, String field) {
        if (!value.isTextual()) {
            throw HttpProblem.badRequest("\"" + field + "\" must be a JSON string, not " + describe(value) + ".");
        }
        return value.textValue();
    }

    private static void checkContentType(APIGatewayV2HTTPEvent event) {
        Optional<String> contentType = Requests.header(event, "content-type");
        String mediaType = contentType.map(value -> {
            int semicolon = value.indexOf(';');
            return (semicolon < 0 ? value : value.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        }).orElse("");
        if (!mediaType.equals("application/json")) {
            throw HttpProblem.badRequest("The request's Content-Type is "
                    + contentType.map(value -> "'" + value + "'").orElse("missing")
                    + "; send the body as JSON with Content-Type: application/json.");
        }
    }

    private static byte[] bytes(APIGatewayV2HTTPEvent event) {
        String body = event.getBody();
        if (body == null) {
            return new byte[0];
        }
        if (event.getIsBase64Encoded()) {
            try {
                return Base64.getDecoder().decode(body);
            } catch (IllegalArgumentException e) {
                throw HttpProblem.badRequest("The request body is marked as base64 but is not valid base64.");
            }
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw HttpProblem.badRequest("The request body is not UTF-8 text; send JSON encoded as UTF-8.");
        }
    }

    private static String where(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case NULL -> "null";
            case OBJECT -> "an object";
            case STRING -> "a string";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
