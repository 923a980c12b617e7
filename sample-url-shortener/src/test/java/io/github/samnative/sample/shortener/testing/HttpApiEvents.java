package io.github.samnative.sample.shortener.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.samnative.runtime.serialization.LambdaJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * HTTP API (payload 2.0) events as API Gateway sends them: AWS's sample event
 * ({@code events/apigateway-http-api-proxy.json}) adjusted to one request, then read with the
 * runtime's own mapper, exactly as a bootstrap reads the event it receives.
 */
public final class HttpApiEvents {

    public static final String DOMAIN = "r2d2c3po.execute-api.us-east-1.amazonaws.com";

    private final ObjectNode event;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> query = new LinkedHashMap<>();
    private final Map<String, String> pathParameters = new LinkedHashMap<>();

    private HttpApiEvents(String method, String routePath, String rawPath) {
        event = sample();
        String routeKey = method + " " + routePath;
        event.put("routeKey", routeKey);
        event.put("rawPath", rawPath);
        event.remove(java.util.List.of("cookies", "stageVariables", "body", "pathParameters", "queryStringParameters"));
        event.put("isBase64Encoded", false);
        ObjectNode context = (ObjectNode) event.get("requestContext");
        // An API without authorizers or mutual TLS sends neither block.
        context.remove(java.util.List.of("authentication", "authorizer"));
        context.put("routeKey", routeKey);
        context.put("stage", "$default");
        context.put("domainName", DOMAIN);
        context.put("domainPrefix", DOMAIN.substring(0, DOMAIN.indexOf('.')));
        context.put("requestId", UUID.randomUUID().toString());
        ObjectNode http = (ObjectNode) context.get("http");
        http.put("method", method);
        http.put("path", rawPath);
        http.put("sourceIp", "203.0.113.7");
        http.put("userAgent", "curl/8.5.0");
        headers.put("accept", "*/*");
        headers.put("host", DOMAIN);
        headers.put("user-agent", "curl/8.5.0");
        headers.put("x-forwarded-for", "203.0.113.7");
        headers.put("x-forwarded-port", "443");
        headers.put("x-forwarded-proto", "https");
    }

    /** {@code POST /links} and the like: a route whose path has no parameters. */
    public static HttpApiEvents request(String method, String path) {
        return new HttpApiEvents(method, path, path);
    }

    /** A request to a route with an {@code {id}} parameter, e.g. {@code ("GET", "/links/{id}", "abc1234")}. */
    public static HttpApiEvents withId(String method, String routePath, String id) {
        HttpApiEvents events = new HttpApiEvents(method, routePath, routePath.replace("{id}", id));
        events.pathParameters.put("id", id);
        return events;
    }

    public HttpApiEvents header(String name, String value) {
        headers.put(name.toLowerCase(Locale.ROOT), value);
        return this;
    }

    public HttpApiEvents withoutHeader(String name) {
        headers.remove(name.toLowerCase(Locale.ROOT));
        return this;
    }

    public HttpApiEvents query(String name, String value) {
        query.put(name, value);
        return this;
    }

    public HttpApiEvents stage(String stage) {
        ((ObjectNode) event.get("requestContext")).put("stage", stage);
        return this;
    }

    /** A JSON body sent with {@code Content-Type: application/json}. */
    public HttpApiEvents json(String body) {
        header("content-type", "application/json");
        return body(body);
    }

    public HttpApiEvents body(String body) {
        event.put("body", body);
        event.put("isBase64Encoded", false);
        return this;
    }

    /** How API Gateway passes a body it does not treat as text. */
    public HttpApiEvents base64Body(byte[] body) {
        event.put("body", java.util.Base64.getEncoder().encodeToString(body));
        event.put("isBase64Encoded", true);
        return this;
    }

    public APIGatewayV2HTTPEvent build() {
        ObjectNode copy = event.deepCopy();
        ObjectNode headerNode = copy.putObject("headers");
        headers.forEach(headerNode::put);
        if (headers.containsKey("content-type") && copy.has("body")) {
            headerNode.put("content-length", Integer.toString(copy.get("body").asText().getBytes(StandardCharsets.UTF_8).length));
        }
        if (!query.isEmpty()) {
            ObjectNode parameters = copy.putObject("queryStringParameters");
            query.forEach(parameters::put);
        }
        copy.put("rawQueryString", query.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&")));
        if (!pathParameters.isEmpty()) {
            ObjectNode parameters = copy.putObject("pathParameters");
            pathParameters.forEach(parameters::put);
        }
        try {
            ObjectMapper mapper = LambdaJson.mapper();
            return mapper.readValue(mapper.writeValueAsBytes(copy), APIGatewayV2HTTPEvent.class);
        } catch (IOException e) {
            throw new IllegalStateException("the event cannot be read as APIGatewayV2HTTPEvent", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static ObjectNode sample() {
        try (InputStream in = HttpApiEvents.class.getResourceAsStream("/events/apigateway-http-api-proxy.json")) {
            return (ObjectNode) LambdaJson.mapper().readTree(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the sample event is missing from the test resources", e);
        }
    }
}
