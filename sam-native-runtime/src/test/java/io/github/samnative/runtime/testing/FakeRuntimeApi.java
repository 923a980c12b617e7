package io.github.samnative.runtime.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A Lambda Runtime API played by a real HTTP server on 127.0.0.1, for tests: it hands out queued
 * events on {@code /next} and records every request the runtime sends, exactly as received.
 */
public final class FakeRuntimeApi implements AutoCloseable {

    /** One event and the headers {@code /next} answers with; {@code null} headers are omitted. */
    public record Event(String requestId, String body, Map<String, String> headers) {
        public static Event of(String requestId, String body) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 30_000));
            headers.put("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:eu-west-1:123456789012:function:test");
            headers.put("Lambda-Runtime-Trace-Id", "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1");
            return new Event(requestId, body, headers);
        }

        public Event withHeader(String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            if (value == null) {
                copy.remove(name);
            } else {
                copy.put(name, value);
            }
            return new Event(requestId, body, copy);
        }
    }

    /** A request the runtime made; header names lower-cased. */
    public record Request(String method, String path, Map<String, String> headers, String body, int clientPort) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "fake-runtime-api");
        thread.setDaemon(true);
        return thread;
    });
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final List<Request> requests = new ArrayList<>();
    private volatile int responseStatus = 202;

    public FakeRuntimeApi() throws IOException {
        // The JDK server reads this once: without it, delayed ACKs stall each exchange by ~40 ms.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/2018-06-01/runtime/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** The value for AWS_LAMBDA_RUNTIME_API. */
    public String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    public void enqueue(Event event) {
        events.add(event);
    }

    /** The status {@code /response} answers with, e.g. 413 to play Lambda's size limit. */
    public void respondToResponsesWith(int status) {
        responseStatus = status;
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Waits for the first recorded request that matches. */
    public Request await(Predicate<Request> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (true) {
                for (Request request : requests) {
                    if (condition.test(request)) {
                        return request;
                    }
                }
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new AssertionError("no matching request within " + timeout + "; got " + requests);
                }
                wait(left);
            }
        }
    }

    public Request awaitPath(String path, Duration timeout) throws InterruptedException {
        return await(r -> r.path().equals(path), timeout);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            record(new Request(exchange.getRequestMethod(), path, headers, body, exchange.getRemoteAddress().getPort()));
            if (path.endsWith("/invocation/next")) {
                serveNext(exchange);
            } else if (path.endsWith("/response")) {
                send(exchange, responseStatus, responseStatus == 202 ? "{\"status\":\"OK\"}" : "{\"errorMessage\":\"too large\"}");
            } else {
                send(exchange, 202, "{\"status\":\"OK\"}");
            }
        }
    }

    private void serveNext(HttpExchange exchange) throws IOException {
        Event event;
        try {
            event = events.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", event.requestId());
        event.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        send(exchange, 200, event.body());
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private synchronized void record(Request request) {
        requests.add(request);
        notifyAll();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
