package io.github.samnative.sample.shortener.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** The responses the API sends, each with its content type set. */
public final class Responses {

    private static final String JSON = "application/json";

    private Responses() {
    }

    public static APIGatewayV2HTTPResponse json(int status, JsonNode body) {
        return json(status, body, Map.of());
    }

    public static APIGatewayV2HTTPResponse json(int status, JsonNode body, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Content-Type", JSON);
        all.putAll(headers);
        return response(status, all, Json.write(body));
    }

    public static APIGatewayV2HTTPResponse problem(HttpProblem problem) {
        return json(problem.status(), Json.object().put("message", problem.getMessage()), problem.headers());
    }

    /** A small page for people who followed a dead short link in a browser. */
    public static APIGatewayV2HTTPResponse html(int status, String title, String text) {
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escapeHtml(title)
                + "</title></head>\n<body><h1>" + escapeHtml(title) + "</h1><p>" + escapeHtml(text) + "</p></body></html>\n";
        return response(status, Map.of("Content-Type", "text/html; charset=utf-8"), page);
    }

    /**
     * A 302 to a stored target. {@code no-store} keeps browsers and proxies from answering the next
     * visit themselves, which would leave it uncounted.
     */
    public static APIGatewayV2HTTPResponse redirect(String location) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Location", location);
        headers.put("Cache-Control", "no-store");
        return response(302, headers, "");
    }

    public static APIGatewayV2HTTPResponse noContent() {
        return response(204, Map.of(), "");
    }

    private static APIGatewayV2HTTPResponse response(int status, Map<String, String> headers, String body) {
        APIGatewayV2HTTPResponse response = new APIGatewayV2HTTPResponse();
        response.setStatusCode(status);
        response.setHeaders(new LinkedHashMap<>(headers));
        response.setBody(body);
        response.setIsBase64Encoded(false);
        return response;
    }

    static String escapeHtml(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
