package io.github.samnative.core.local.apigateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The event an HTTP API ({@code HttpApi} event) sends: payload format 2.0. Header names are lower
 * case; repeated headers and query parameters are joined with commas; cookies move from the
 * {@code Cookie} header to {@code cookies}; maps without entries are left out.
 */
final class HttpApiEvent {

    /** SAM deploys HTTP APIs to the {@code $default} stage. */
    static final String STAGE = "$default";
    static final String API_ID = "1234567890";

    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpApiEvent() {
    }

    /** @param requestId API Gateway's id of the request (not Lambda's request id) */
    static ObjectNode build(IncomingRequest request, RouteMatch match, String requestId, long epochMillis) {
        String routeKey = match.route().routeKey();
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "2.0");
        event.put("routeKey", routeKey);
        event.put("rawPath", request.rawPath());
        event.put("rawQueryString", request.rawQuery());

        List<String> cookieHeaders = request.headers().get("cookie");
        if (cookieHeaders != null) {
            ArrayNode cookies = event.putArray("cookies");
            for (String header : cookieHeaders) {
                for (String cookie : header.split(";")) {
                    if (!cookie.isBlank()) {
                        cookies.add(cookie.trim());
                    }
                }
            }
        }
        ObjectNode headers = event.putObject("headers");
        for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
            if (!header.getKey().equals("cookie")) {
                headers.put(header.getKey(), String.join(",", header.getValue()));
            }
        }
        Map<String, List<String>> query = request.queryParameters();
        if (!query.isEmpty()) {
            ObjectNode parameters = event.putObject("queryStringParameters");
            query.forEach((name, values) -> parameters.put(name, String.join(",", values)));
        }

        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", RestApiEvent.ACCOUNT_ID);
        context.put("apiId", API_ID);
        context.put("domainName", request.domainName());
        context.put("domainPrefix", request.domainPrefix());
        ObjectNode http = context.putObject("http");
        http.put("method", request.method());
        http.put("path", request.rawPath());
        http.put("protocol", request.protocol());
        http.put("sourceIp", request.sourceIp());
        String userAgent = request.header("user-agent");
        http.put("userAgent", userAgent == null ? "" : userAgent);
        context.put("requestId", requestId);
        context.put("routeKey", routeKey);
        context.put("stage", STAGE);
        context.put("time", ProxyEventBodies.requestTime(epochMillis));
        context.put("timeEpoch", epochMillis);

        ProxyEventBodies.putBody(event, request, true);
        if (!match.pathParameters().isEmpty()) {
            ObjectNode parameters = event.putObject("pathParameters");
            match.pathParameters().forEach(parameters::put);
        }
        return event;
    }
}
