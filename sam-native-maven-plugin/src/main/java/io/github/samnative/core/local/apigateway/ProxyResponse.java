package io.github.samnative.core.local.apigateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The HTTP response API Gateway makes of a function's result: {@code statusCode}, {@code headers},
 * {@code multiValueHeaders} (which win over {@code headers} for the same name), {@code cookies} (one
 * {@code Set-Cookie} each, payload 2.0), {@code body} and {@code isBase64Encoded}.
 *
 * @param headers in order; a name may repeat
 */
record ProxyResponse(int statusCode, List<Map.Entry<String, String>> headers, byte[] body) {

    /** Thrown for a result API Gateway cannot use; it answers 502 then. */
    static final class MalformedException extends Exception {
        MalformedException(String message) {
            super(message);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEFAULT_CONTENT_TYPE = "application/json";

    ProxyResponse {
        headers = List.copyOf(headers);
    }

    /** Payload format 1.0: the result must be an object with {@code statusCode}. */
    static ProxyResponse fromRestApi(byte[] payload) throws MalformedException {
        JsonNode result = parse(payload);
        if (!result.isObject()) {
            throw new MalformedException("the result is not a JSON object with statusCode (a REST API proxy integration needs one)");
        }
        if (!result.has("statusCode")) {
            throw new MalformedException("the result has no statusCode");
        }
        return structured(result, false);
    }

    /**
     * Payload format 2.0: an object with {@code statusCode} is a response description; any other JSON is
     * the body of a 200 response with {@code Content-Type: application/json} (a JSON string gives its text).
     */
    static ProxyResponse fromHttpApi(byte[] payload) throws MalformedException {
        JsonNode result = parse(payload);
        if (result.isObject() && result.has("statusCode")) {
            return structured(result, true);
        }
        byte[] body = result.isTextual() ? result.asText().getBytes(StandardCharsets.UTF_8) : payload;
        return new ProxyResponse(200, List.of(header("Content-Type", DEFAULT_CONTENT_TYPE)), body);
    }

    private static JsonNode parse(byte[] payload) throws MalformedException {
        try {
            JsonNode node = JSON.readTree(payload);
            if (node == null || node.isMissingNode()) {
                throw new MalformedException("the result is empty");
            }
            return node;
        } catch (IOException e) {
            throw new MalformedException("the result is not JSON");
        }
    }

    private static ProxyResponse structured(JsonNode result, boolean cookiesAllowed) throws MalformedException {
        int status = statusCode(result.get("statusCode"));
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        Set<String> multiValued = new HashSet<>();
        JsonNode multiValueHeaders = result.path("multiValueHeaders");
        if (!multiValueHeaders.isMissingNode() && !multiValueHeaders.isNull()) {
            if (!multiValueHeaders.isObject()) {
                throw new MalformedException("multiValueHeaders is not an object of lists");
            }
            for (Map.Entry<String, JsonNode> entry : multiValueHeaders.properties()) {
                if (!entry.getValue().isArray()) {
                    throw new MalformedException("multiValueHeaders." + entry.getKey() + " is not a list");
                }
                for (JsonNode value : entry.getValue()) {
                    headers.add(header(entry.getKey(), scalar(value, "multiValueHeaders." + entry.getKey())));
                }
                multiValued.add(entry.getKey().toLowerCase(Locale.ROOT));
            }
        }
        JsonNode singleHeaders = result.path("headers");
        if (!singleHeaders.isMissingNode() && !singleHeaders.isNull()) {
            if (!singleHeaders.isObject()) {
                throw new MalformedException("headers is not an object");
            }
            for (Map.Entry<String, JsonNode> entry : singleHeaders.properties()) {
                if (!multiValued.contains(entry.getKey().toLowerCase(Locale.ROOT))) {
                    headers.add(header(entry.getKey(), scalar(entry.getValue(), "headers." + entry.getKey())));
                }
            }
        }
        JsonNode cookies = result.path("cookies");
        if (cookiesAllowed && !cookies.isMissingNode() && !cookies.isNull()) {
            if (!cookies.isArray()) {
                throw new MalformedException("cookies is not a list");
            }
            for (JsonNode cookie : cookies) {
                headers.add(header("Set-Cookie", scalar(cookie, "cookies")));
            }
        }
        if (headers.stream().noneMatch(h -> h.getKey().equalsIgnoreCase("Content-Type"))) {
            headers.add(header("Content-Type", DEFAULT_CONTENT_TYPE));
        }
        return new ProxyResponse(status, headers, body(result));
    }

    private static int statusCode(JsonNode node) throws MalformedException {
        int status;
        if (node.isInt()) {
            status = node.intValue();
        } else if (node.isTextual() && node.asText().matches("\\d{3}")) {
            status = Integer.parseInt(node.asText());
        } else {
            throw new MalformedException("statusCode " + node + " is not an HTTP status code");
        }
        if (status < 100 || status > 599) {
            throw new MalformedException("statusCode " + status + " is not an HTTP status code");
        }
        return status;
    }

    private static byte[] body(JsonNode result) throws MalformedException {
        JsonNode body = result.path("body");
        if (body.isMissingNode() || body.isNull()) {
            return new byte[0];
        }
        if (!body.isTextual()) {
            throw new MalformedException("body is " + body.getNodeType().name().toLowerCase(Locale.ROOT)
                    + ", not a string (serialise it, e.g. with ObjectMapper.writeValueAsString)");
        }
        boolean base64 = result.path("isBase64Encoded").asBoolean(false);
        if (!base64) {
            return body.asText().getBytes(StandardCharsets.UTF_8);
        }
        try {
            return Base64.getDecoder().decode(body.asText().replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new MalformedException("isBase64Encoded is true but body is not base64");
        }
    }

    private static String scalar(JsonNode value, String where) throws MalformedException {
        if (!value.isValueNode() || value.isNull()) {
            throw new MalformedException(where + " holds " + value + ", not a string");
        }
        return value.asText();
    }

    private static Map.Entry<String, String> header(String name, String value) {
        return new AbstractMap.SimpleImmutableEntry<>(name, value);
    }
}
