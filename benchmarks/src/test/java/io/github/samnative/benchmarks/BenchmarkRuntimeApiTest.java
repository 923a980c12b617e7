package io.github.samnative.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The Runtime API over real loopback HTTP, driven by the JDK's client in place of a runtime. */
class BenchmarkRuntimeApiTest {

    private final AtomicLong clock = new AtomicLong();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void servesEventsWithEveryHeaderTheRuntimesReadAndParksWhenDone() throws Exception {
        try (BenchmarkRuntimeApi api = BenchmarkRuntimeApi.start(clock::incrementAndGet)) {
            InvocationSession session = new InvocationSession(0, 1);
            api.serve(session);

            HttpResponse<String> event = client.send(get(api, BenchmarkRuntimeApi.NEXT_PATH), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, event.statusCode());
            assertEquals(Optional.of("bench-1"), event.headers().firstValue("Lambda-Runtime-Aws-Request-Id"));
            assertEquals(Optional.of(BenchmarkRuntimeApi.FUNCTION_ARN), event.headers().firstValue("Lambda-Runtime-Invoked-Function-Arn"));
            assertEquals(Optional.of(BenchmarkRuntimeApi.TRACE_ID), event.headers().firstValue("Lambda-Runtime-Trace-Id"));
            assertTrue(Long.parseLong(event.headers().firstValue("Lambda-Runtime-Deadline-Ms").orElseThrow())
                    > System.currentTimeMillis());
            // present though empty: the official client's native part crashes without them
            assertEquals(List.of(""), event.headers().allValues("Lambda-Runtime-Client-Context"));
            assertEquals(List.of(""), event.headers().allValues("Lambda-Runtime-Cognito-Identity"));
            assertEquals("{\"source\":\"sam-native-benchmark\",\"n\":1}", event.body());

            HttpResponse<String> accepted = client.send(post(api, "/2018-06-01/runtime/invocation/bench-1/response", "\"ok\""),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(202, accepted.statusCode());
            assertTrue(session.finished().isDone());
            assertEquals(1, session.latencies().size());

            InvocationSession idle = InvocationSession.startUpOnly();
            api.serve(idle);
            CompletableFuture<HttpResponse<String>> parked =
                    client.sendAsync(get(api, BenchmarkRuntimeApi.NEXT_PATH), HttpResponse.BodyHandlers.ofString());
            idle.firstNext().get();
            assertFalse(parked.isDone(), "a /next with nothing to serve is held, as Lambda holds it between events");
            api.serve(InvocationSession.startUpOnly());
            assertEquals(410, parked.get().statusCode());
        }
    }

    @Test
    void aReportedErrorFailsTheSessionWithTheRuntimesMessage() throws Exception {
        try (BenchmarkRuntimeApi api = BenchmarkRuntimeApi.start(clock::incrementAndGet)) {
            InvocationSession session = new InvocationSession(0, 1);
            api.serve(session);
            client.send(get(api, BenchmarkRuntimeApi.NEXT_PATH), HttpResponse.BodyHandlers.discarding());
            HttpResponse<Void> accepted = client.send(post(api, "/2018-06-01/runtime/invocation/bench-1/error",
                    "{\"errorMessage\":\"boom\"}"), HttpResponse.BodyHandlers.discarding());
            assertEquals(202, accepted.statusCode());
            assertTrue(session.finished().isCompletedExceptionally());
        }
    }

    private static HttpRequest get(BenchmarkRuntimeApi api, String path) {
        return HttpRequest.newBuilder(URI.create("http://" + api.address() + path)).GET().build();
    }

    private static HttpRequest post(BenchmarkRuntimeApi api, String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://" + api.address() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
