package io.github.samnative.benchmarks;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The Lambda Runtime API played on 127.0.0.1 by the JDK's HTTP server, serving one
 * {@link InvocationSession} at a time to whichever runtime is being measured.
 *
 * <p>Handlers run on the server's dispatcher thread (no executor): each child makes one request
 * at a time, and a hand-off to a pool would only add the same noise to both runtimes. A
 * {@code /next} with nothing left to serve is parked unanswered, as Lambda does between events.
 */
public final class BenchmarkRuntimeApi implements AutoCloseable {

    static final String PREFIX = "/2018-06-01/runtime/";
    static final String NEXT_PATH = PREFIX + "invocation/next";
    static final String FUNCTION_ARN = "arn:aws:lambda:us-east-1:123456789012:function:benchmark";
    static final String TRACE_ID = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=0";
    private static final byte[] EVENT = "{\"source\":\"sam-native-benchmark\",\"n\":1}".getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final LongSupplier clock;
    private final List<HttpExchange> parked = new ArrayList<>();
    private volatile InvocationSession session;

    private BenchmarkRuntimeApi(HttpServer server, LongSupplier clock) {
        this.server = server;
        this.clock = clock;
    }

    /** Starts the server on a free loopback port; {@code clock} gives the time stamps in nanoseconds. */
    public static BenchmarkRuntimeApi start(LongSupplier clock) throws IOException {
        // Read once when the server class initialises. Without it, delayed ACKs stall every exchange
        // by about 40 ms and the loop measures the kernel's timer instead of the runtime.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        BenchmarkRuntimeApi api = new BenchmarkRuntimeApi(server, clock);
        server.createContext(PREFIX, api::handle);
        server.setExecutor(null);
        server.start();
        return api;
    }

    /** The value for {@code AWS_LAMBDA_RUNTIME_API}. */
    public String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Serves {@code next} from now on, releasing whatever the previous session left parked. */
    public void serve(InvocationSession next) {
        session = next;
        releaseParked();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long now = clock.getAsLong();
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        InvocationSession current = session;
        if ("GET".equals(method) && NEXT_PATH.equals(path)) {
            String requestId = current == null ? null : current.onNext(now);
            if (requestId == null) {
                park(exchange);
                if (current != null) {
                    current.onParked();
                }
                return;
            }
            sendEvent(exchange, requestId);
            current.onEventSent(clock.getAsLong());
            return;
        }
        byte[] body = readBody(exchange);
        if ("POST".equals(method) && path.endsWith("/response") && path.startsWith(PREFIX + "invocation/")) {
            String requestId = path.substring((PREFIX + "invocation/").length(), path.length() - "/response".length());
            if (current != null) {
                current.onResponse(requestId, now);
            }
            accept(exchange);
        } else if ("POST".equals(method) && path.endsWith("/error")) {
            if (current != null) {
                current.onError("the runtime reported an error at " + path + ": "
                        + new String(body, StandardCharsets.UTF_8));
            }
            accept(exchange);
        } else {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        }
    }

    private static void sendEvent(HttpExchange exchange, String requestId) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json");
        headers.set("Lambda-Runtime-Aws-Request-Id", requestId);
        headers.set("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 60_000));
        headers.set("Lambda-Runtime-Invoked-Function-Arn", FUNCTION_ARN);
        headers.set("Lambda-Runtime-Trace-Id", TRACE_ID);
        // Sent empty, as for any invoke that does not come from a mobile SDK. The official client's
        // native part crashes when either header is missing, and parses them only when non-empty.
        headers.set("Lambda-Runtime-Client-Context", "");
        headers.set("Lambda-Runtime-Cognito-Identity", "");
        exchange.sendResponseHeaders(200, EVENT.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(EVENT);
        }
    }

    private static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return in.readAllBytes();
        }
    }

    private static void accept(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(202, -1);
        exchange.close();
    }

    private void park(HttpExchange exchange) {
        synchronized (parked) {
            parked.add(exchange);
        }
    }

    private void releaseParked() {
        List<HttpExchange> released;
        synchronized (parked) {
            released = new ArrayList<>(parked);
            parked.clear();
        }
        for (HttpExchange exchange : released) {
            try {
                exchange.sendResponseHeaders(410, -1);
            } catch (IOException | RuntimeException e) {
                // the runtime that asked is gone; nothing is owed to it
            }
            exchange.close();
        }
    }

    @Override
    public void close() {
        session = null;
        releaseParked();
        server.stop(0);
    }
}
