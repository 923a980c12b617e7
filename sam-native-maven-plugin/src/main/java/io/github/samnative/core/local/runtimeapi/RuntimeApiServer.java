package io.github.samnative.core.local.runtimeapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.samnative.core.local.LocalHttpServers;
import io.github.samnative.core.local.RequestBodies;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The Lambda Runtime API of one execution environment, on 127.0.0.1 and a free port, as the
 * environment's bootstrap finds it in {@code AWS_LAMBDA_RUNTIME_API}. Every endpoint and header of
 * the 2018-06-01 API; the state behind it lives in an {@link InvocationChannel}.
 */
public final class RuntimeApiServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCEPTED_BODY = "{\"status\":\"OK\"}";

    private final HttpServer server;
    private final InvocationChannel channel;

    private RuntimeApiServer(HttpServer server, InvocationChannel channel) {
        this.server = server;
        this.channel = channel;
    }

    /**
     * Serves one environment's runtime. Exchanges run on the server's own thread, with no hand-over
     * to a pool: nothing here blocks (a {@code /next} without an event is answered later, by the
     * thread that submits the event), and a runtime makes one request at a time.
     */
    public static RuntimeApiServer start(InvocationChannel channel) throws IOException {
        HttpServer server = LocalHttpServers.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        RuntimeApiServer api = new RuntimeApiServer(server, channel);
        server.createContext("/", api::handle);
        server.start();
        return api;
    }

    /** {@code host:port}, the value of {@code AWS_LAMBDA_RUNTIME_API}. */
    public String address() {
        InetSocketAddress bound = server.getAddress();
        return bound.getAddress().getHostAddress() + ":" + bound.getPort();
    }

    @Override
    public void close() {
        channel.close();
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        if (path.equals(RuntimeApiNames.NEXT_PATH) && method.equals("GET")) {
            // Answered, and closed, when the event is there: see next().
            next(exchange);
            return;
        }
        try (exchange) {
            if (path.equals(RuntimeApiNames.NEXT_PATH)) {
                expect(exchange, method, "GET");
            } else if (path.equals(RuntimeApiNames.INIT_ERROR_PATH)) {
                if (expect(exchange, method, "POST")) {
                    initError(exchange);
                }
            } else if (path.startsWith(RuntimeApiNames.INVOCATION_PREFIX) && path.endsWith(RuntimeApiNames.RESPONSE_SUFFIX)) {
                if (expect(exchange, method, "POST")) {
                    response(exchange, requestId(path, RuntimeApiNames.RESPONSE_SUFFIX));
                }
            } else if (path.startsWith(RuntimeApiNames.INVOCATION_PREFIX) && path.endsWith(RuntimeApiNames.ERROR_SUFFIX)) {
                if (expect(exchange, method, "POST")) {
                    error(exchange, requestId(path, RuntimeApiNames.ERROR_SUFFIX));
                }
            } else {
                sendError(exchange, 404, "InvalidRequest", "No such Runtime API resource: " + method + " " + path);
            }
        }
    }

    private static String requestId(String path, String suffix) {
        return path.substring(RuntimeApiNames.INVOCATION_PREFIX.length(), path.length() - suffix.length());
    }

    private void next(HttpExchange exchange) {
        channel.next(new InvocationChannel.NextWaiter() {
            @Override
            public void deliver(PendingInvocation invocation) {
                try (exchange) {
                    sendEvent(exchange, invocation);
                } catch (IOException e) {
                    // The runtime is gone; the environment learns it from the process's exit.
                }
            }

            @Override
            public void closed() {
                // Closing without an answer ends the runtime's loop.
                exchange.close();
            }
        });
    }

    private static void sendEvent(HttpExchange exchange, PendingInvocation invocation) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set(RuntimeApiNames.REQUEST_ID, invocation.requestId());
        headers.set(RuntimeApiNames.DEADLINE_MS, Long.toString(invocation.deadlineEpochMillis()));
        headers.set(RuntimeApiNames.INVOKED_FUNCTION_ARN, invocation.functionArn());
        headers.set(RuntimeApiNames.TRACE_ID, invocation.traceId());
        // Lambda always sends both; the official Java runtime client fails without them.
        headers.set(RuntimeApiNames.CLIENT_CONTEXT, PendingInvocation.EMPTY_JSON);
        headers.set(RuntimeApiNames.COGNITO_IDENTITY, PendingInvocation.EMPTY_JSON);
        headers.set("Content-Type", "application/json");
        byte[] event = invocation.event();
        exchange.sendResponseHeaders(200, event.length == 0 ? -1 : event.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(event);
        }
    }

    private void response(HttpExchange exchange, String requestId) throws IOException {
        Optional<byte[]> body = RequestBodies.read(exchange.getRequestBody(), LambdaLimits.MAX_RESPONSE_BYTES);
        PostResult result = body.isPresent() ? channel.respond(requestId, body.get()) : channel.responseTooLarge(requestId);
        answer(exchange, result);
    }

    private void error(HttpExchange exchange, String requestId) throws IOException {
        Optional<byte[]> body = RequestBodies.read(exchange.getRequestBody(), LambdaLimits.MAX_RESPONSE_BYTES);
        if (body.isEmpty()) {
            answer(exchange, PostResult.TOO_LARGE);
            return;
        }
        String type = exchange.getRequestHeaders().getFirst(RuntimeApiNames.FUNCTION_ERROR_TYPE);
        answer(exchange, channel.reportError(requestId, type, body.get()));
    }

    private void initError(HttpExchange exchange) throws IOException {
        Optional<byte[]> body = RequestBodies.read(exchange.getRequestBody(), LambdaLimits.MAX_RESPONSE_BYTES);
        if (body.isEmpty()) {
            answer(exchange, PostResult.TOO_LARGE);
            return;
        }
        String type = exchange.getRequestHeaders().getFirst(RuntimeApiNames.FUNCTION_ERROR_TYPE);
        answer(exchange, channel.reportInitError(type, body.get()));
    }

    private static boolean expect(HttpExchange exchange, String method, String expected) throws IOException {
        if (method.equals(expected)) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", expected);
        sendError(exchange, 405, "InvalidRequest", method + " is not allowed here; use " + expected + ".");
        return false;
    }

    private static void answer(HttpExchange exchange, PostResult result) throws IOException {
        if (result == PostResult.ACCEPTED) {
            send(exchange, 202, ACCEPTED_BODY.getBytes(StandardCharsets.UTF_8));
        } else {
            sendError(exchange, result.status, result.errorType, result.errorMessage);
        }
    }

    private static void sendError(HttpExchange exchange, int status, String errorType, String message) throws IOException {
        ObjectNode error = JSON.createObjectNode();
        error.put("errorMessage", message);
        error.put("errorType", errorType);
        send(exchange, status, JSON.writeValueAsBytes(error));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
