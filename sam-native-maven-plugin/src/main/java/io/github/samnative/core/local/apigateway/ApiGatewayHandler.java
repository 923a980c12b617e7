package io.github.samnative.core.local.apigateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.local.InvokeResult;
import io.github.samnative.core.local.LocalClock;
import io.github.samnative.core.local.LocalInvoker;
import io.github.samnative.core.local.LogSink;
import io.github.samnative.core.local.PayloadTooLargeException;
import io.github.samnative.core.local.RequestBodies;
import io.github.samnative.core.template.ApiEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * API Gateway in front of the local functions: routes a request, turns it into a proxy event of the
 * route's payload format, invokes the function, and turns its result into the HTTP response, with
 * API Gateway's answers when that fails.
 */
public final class ApiGatewayHandler implements HttpHandler {

    /** API Gateway's limit on a request's payload. */
    static final int MAX_REQUEST_BYTES = 10 * 1024 * 1024;

    /** Headers the HTTP server computes itself; a function's values for them would corrupt the response. */
    private static final Set<String> HOP_BY_HOP = Set.of("content-length", "transfer-encoding", "connection");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RouteTable routes;
    private final LocalInvoker invoker;
    private final LocalClock clock;
    private final LogSink log;

    public ApiGatewayHandler(RouteTable routes, LocalInvoker invoker, LocalClock clock, LogSink log) {
        this.routes = routes;
        this.invoker = invoker;
        this.clock = clock;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            long started = clock.nanoTime();
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            String path = exchange.getRequestURI().getRawPath();
            Optional<byte[]> body = RequestBodies.read(exchange.getRequestBody(), MAX_REQUEST_BYTES);
            if (body.isEmpty()) {
                sendMessage(exchange, 413, "Request Entity Too Large");
                return;
            }
            IncomingRequest request = IncomingRequest.from(exchange, body.get());
            Optional<RouteMatch> match = routes.match(method, path);
            if (match.isEmpty()) {
                sendMessage(exchange, 404, "Not Found");
                log.line("sam-native: " + method + " " + path + " -> 404 (no route)");
                return;
            }
            Route route = match.get().route();
            int status = proxy(exchange, request, match.get());
            log.line(String.format(Locale.ROOT, "sam-native: %s %s -> %d (%s, %.1f ms)", method, path, status,
                    route.functionName(), (clock.nanoTime() - started) / 1e6));
        }
    }

    /** @return the status sent */
    private int proxy(HttpExchange exchange, IncomingRequest request, RouteMatch match) throws IOException {
        Route route = match.route();
        boolean restApi = route.kind() == ApiEvent.Kind.API;
        String internalError = restApi ? "Internal server error" : "Internal Server Error";
        String prefix = "[" + route.functionName() + "] sam-native: ";
        String requestId = UUID.randomUUID().toString();
        ObjectNode event = restApi
                ? RestApiEvent.build(request, match, requestId, clock.epochMillis())
                : HttpApiEvent.build(request, match, requestId, clock.epochMillis());
        InvokeResult result;
        try {
            result = invoker.invoke(route.functionName(), JSON.writeValueAsBytes(event));
        } catch (PayloadTooLargeException e) {
            log.warning(prefix + e.getMessage());
            return sendMessage(exchange, 413, "Request Entity Too Large");
        } catch (SamNativeException e) {
            log.warning(prefix + e.getMessage());
            return sendMessage(exchange, 502, internalError);
        }
        if (result.failed()) {
            log.warning(prefix + "the function failed, so API Gateway answers 502: " + result.payloadText());
            return sendMessage(exchange, 502, internalError);
        }
        ProxyResponse response;
        try {
            response = restApi ? ProxyResponse.fromRestApi(result.payload()) : ProxyResponse.fromHttpApi(result.payload());
        } catch (ProxyResponse.MalformedException e) {
            log.warning(prefix + "malformed Lambda proxy response (" + e.getMessage() + "), so API Gateway answers 502."
                    + " The function returned: " + abbreviate(result.payloadText()));
            return sendMessage(exchange, 502, internalError);
        }
        return send(exchange, response);
    }

    private static int send(HttpExchange exchange, ProxyResponse response) throws IOException {
        for (Map.Entry<String, String> header : response.headers()) {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                exchange.getResponseHeaders().add(header.getKey(), header.getValue());
            }
        }
        byte[] body = response.body();
        int status = response.statusCode();
        boolean noBody = exchange.getRequestMethod().equalsIgnoreCase("HEAD") || status == 204 || status == 304
                || status < 200 || body.length == 0;
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        return status;
    }

    private static int sendMessage(HttpExchange exchange, int status, String message) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.put("message", message);
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            bytes = ("{\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        return status;
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "... (" + text.length() + " characters)";
    }
}
