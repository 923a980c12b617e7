package io.github.samnative.sample.shortener.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads the parts of an HTTP API (payload 2.0) event that the handlers need, tolerating absent maps. */
public final class Requests {

    private Requests() {
    }

    public static String method(APIGatewayV2HTTPEvent event) {
        if (event.getRequestContext() == null || event.getRequestContext().getHttp() == null
                || event.getRequestContext().getHttp().getMethod() == null) {
            return "";
        }
        return event.getRequestContext().getHttp().getMethod().toUpperCase(Locale.ROOT);
    }

    public static Optional<String> pathParameter(APIGatewayV2HTTPEvent event, String name) {
        return Optional.ofNullable(event.getPathParameters()).map(parameters -> parameters.get(name));
    }

    /** API Gateway joins a repeated parameter's values with commas: {@code ?a=1&a=2} gives {@code "1,2"}. */
    public static Optional<String> queryParameter(APIGatewayV2HTTPEvent event, String name) {
        return Optional.ofNullable(event.getQueryStringParameters()).map(parameters -> parameters.get(name));
    }

    /** HTTP APIs send header names in lower case; other sources may not, so the match ignores case. */
    public static Optional<String> header(APIGatewayV2HTTPEvent event, String name) {
        Map<String, String> headers = event.getHeaders();
        if (headers == null) {
            return Optional.empty();
        }
        String exact = headers.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        return headers.entrySet().stream()
                .filter(header -> header.getKey() != null && header.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** The path as the client sent it, for messages. */
    public static String shownPath(APIGatewayV2HTTPEvent event) {
        String raw = event.getRawPath();
        return raw == null || raw.isEmpty() ? routePath(event) : raw;
    }

    /** The path of the route this request matched, from {@code routeKey} ({@code "GET /links/{id}"}). */
    public static String routePath(APIGatewayV2HTTPEvent event) {
        String routeKey = event.getRouteKey();
        if (routeKey == null && event.getRequestContext() != null) {
            routeKey = event.getRequestContext().getRouteKey();
        }
        if (routeKey == null) {
            return "";
        }
        int space = routeKey.indexOf(' ');
        return space < 0 ? routeKey : routeKey.substring(space + 1);
    }
}
