package io.github.samnative.core.local.apigateway;

import com.sun.net.httpserver.HttpExchange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP request as API Gateway sees it, before it becomes a proxy event.
 *
 * @param rawPath the path, still percent-encoded
 * @param rawQuery the query string without {@code ?}, still encoded; empty when there is none
 * @param headers by lower-case name, each with all its values, including the {@code X-Forwarded-*}
 *     headers API Gateway adds
 */
record IncomingRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body,
        String sourceIp, String protocol) {

    IncomingRequest {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        headers = Collections.unmodifiableMap(copy);
    }

    static IncomingRequest from(HttpExchange exchange, byte[] body) {
        String rawQuery = exchange.getRequestURI().getRawQuery();
        String sourceIp = exchange.getRemoteAddress().getAddress().getHostAddress();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(values)));
        // API Gateway appends the client to X-Forwarded-For and says how it was reached.
        List<String> forwardedFor = headers.computeIfAbsent("x-forwarded-for", name -> new ArrayList<>());
        if (forwardedFor.isEmpty()) {
            forwardedFor.add(sourceIp);
        } else {
            forwardedFor.set(forwardedFor.size() - 1, forwardedFor.get(forwardedFor.size() - 1) + ", " + sourceIp);
        }
        headers.put("x-forwarded-port", List.of(Integer.toString(exchange.getLocalAddress().getPort())));
        headers.put("x-forwarded-proto", List.of("http"));
        return new IncomingRequest(exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                exchange.getRequestURI().getRawPath(), rawQuery == null ? "" : rawQuery, headers, body, sourceIp,
                exchange.getProtocol());
    }

    /** The first value of a header, or {@code null}. */
    String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The host clients used, without the port: what API Gateway reports as {@code domainName}. */
    String domainName() {
        String host = header("host");
        if (host == null || host.isBlank()) {
            return "localhost";
        }
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 ? host.substring(0, end + 1) : host;
        }
        int colon = host.indexOf(':');
        return colon >= 0 ? host.substring(0, colon) : host;
    }

    /** The first label of the domain name, as API Gateway reports it in {@code domainPrefix}. */
    String domainPrefix() {
        String domain = domainName();
        int dot = domain.indexOf('.');
        return dot > 0 ? domain.substring(0, dot) : domain;
    }

    /** Query parameters in order, decoded; a name without {@code =} has an empty value. */
    Map<String, List<String>> queryParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = PathCodec.decodeQuery(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : PathCodec.decodeQuery(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    /** {@code user-agent} as written in REST API events: each word capitalised. */
    static String canonicalHeaderName(String lowerCaseName) {
        StringBuilder name = new StringBuilder(lowerCaseName.length());
        boolean upper = true;
        for (char c : lowerCaseName.toCharArray()) {
            name.append(upper ? Character.toUpperCase(c) : c);
            upper = c == '-';
        }
        return name.toString();
    }
}
