package ${package};

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Plays the Lambda Runtime API for one event, as Lambda does for a bootstrap: the bootstrap asks for
 * the next event, runs its handler and posts the result back
 * (https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html).
 */
final class LocalRuntimeApi implements AutoCloseable {

    private static final String REQUEST_ID = "3f2b0c6e-1d4a-4e8b-9c7d-5a6b7c8d9e0f";
    private static final String RUNTIME = "/2018-06-01/runtime";

    private final String event;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicBoolean delivered = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final CompletableFuture<String> result = new CompletableFuture<>();

    LocalRuntimeApi(String event) throws IOException {
        this.event = event;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(RUNTIME + "/invocation/next", this::next);
        server.createContext(RUNTIME + "/invocation/" + REQUEST_ID + "/response", exchange -> receive(exchange, result::complete));
        server.createContext(RUNTIME + "/invocation/" + REQUEST_ID + "/error", exchange -> receive(exchange,
                body -> result.completeExceptionally(new AssertionError("The handler failed: " + body))));
        server.createContext(RUNTIME + "/init/error", exchange -> receive(exchange,
                body -> result.completeExceptionally(new AssertionError("The bootstrap could not start the handler: " + body))));
        // A bootstrap waits in /next until the next event comes: every request needs a thread of its own.
        server.setExecutor(threads);
        server.start();
    }

    /** The value of AWS_LAMBDA_RUNTIME_API for the bootstrap. */
    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** What the bootstrap answered to the event; fails if it reported an error or exited instead. */
    String awaitResult(Process bootstrap) throws Exception {
        bootstrap.onExit().thenAccept(exited -> result.completeExceptionally(new AssertionError(
                "The bootstrap exited with code " + exited.exitValue() + " without answering; see its log in target/")));
        // Not a measure of speed: only a guard against waiting forever.
        return result.get(2, TimeUnit.MINUTES);
    }

    private void next(HttpExchange exchange) throws IOException {
        if (delivered.getAndSet(true)) {
            // There is one event only: keep the bootstrap waiting, as Lambda does between events.
            awaitClose();
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Lambda-Runtime-Aws-Request-Id", REQUEST_ID);
        exchange.getResponseHeaders().set("Lambda-Runtime-Deadline-Ms", String.valueOf(System.currentTimeMillis() + 60_000));
        exchange.getResponseHeaders().set("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-1:123456789012:function:local");
        exchange.getResponseHeaders().set("Lambda-Runtime-Trace-Id", "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=0");
        byte[] body = event.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static void receive(HttpExchange exchange, Consumer<String> outcome) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(202, -1);
        exchange.close();
        outcome.accept(body);
    }

    private void awaitClose() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
