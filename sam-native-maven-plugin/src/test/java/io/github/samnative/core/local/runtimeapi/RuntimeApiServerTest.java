package io.github.samnative.core.local.runtimeapi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.samnative.core.local.LocalClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Runtime API over real HTTP, with the JDK's HTTP client playing the runtime. */
class RuntimeApiServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long NOW = 1_700_000_000_000L;
    private static final String ARN = "arn:aws:lambda:eu-west-3:123456789012:function:Orders";
    private static final String BASE = "/2018-06-01/runtime";

    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private InvocationChannel channel;
    private RuntimeApiServer server;

    @BeforeEach
    void start() throws Exception {
        LocalClock clock = new LocalClock() {
            @Override
            public long epochMillis() {
                return NOW;
            }

            @Override
            public long nanoTime() {
                return System.nanoTime();
            }
        };
        channel = new InvocationChannel(clock, new InvocationChannel.Listener() {
            @Override
            public void initialized() {
                heard.add("initialized");
            }

            @Override
            public void idle() {
                heard.add("idle");
            }

            @Override
            public void delivered(PendingInvocation invocation) {
                heard.add("delivered " + invocation.requestId());
            }
        });
        server = RuntimeApiServer.start(channel);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void nextDeliversTheEventWithEveryHeaderLambdaSends() throws Exception {
        submit("req-1", "{\"orderId\":7}");

        HttpResponse<String> next = get(BASE + "/invocation/next");

        assertEquals(200, next.statusCode());
        assertEquals("{\"orderId\":7}", next.body());
        assertEquals("req-1", header(next, "Lambda-Runtime-Aws-Request-Id"));
        assertEquals(Long.toString(NOW + 3000), header(next, "Lambda-Runtime-Deadline-Ms"), "now + the function's Timeout");
        assertEquals(ARN, header(next, "Lambda-Runtime-Invoked-Function-Arn"));
        assertEquals("Root=1-65536f00-0123456789abcdef01234567;Parent=0123456789abcdef;Sampled=0",
                header(next, "Lambda-Runtime-Trace-Id"));
        assertEquals("{}", header(next, "Lambda-Runtime-Client-Context"));
        assertEquals("{}", header(next, "Lambda-Runtime-Cognito-Identity"));
        assertEquals("application/json", header(next, "Content-Type"));
        assertEquals(List.of("initialized", "delivered req-1"), heard);
        assertEquals("true", System.getProperty("sun.net.httpserver.nodelay"), "TCP_NODELAY for every local server");
    }

    @Test
    void responseCompletesTheInvocationAndTheNextNextMakesTheEnvironmentIdle() throws Exception {
        PendingInvocation invocation = submit("req-1", "{}");
        get(BASE + "/invocation/next");

        HttpResponse<String> accepted = post(BASE + "/invocation/req-1/response", "{\"ok\":true}".getBytes(StandardCharsets.UTF_8));
        CompletableFuture<HttpResponse<String>> secondNext = http.sendAsync(request(BASE + "/invocation/next").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(202, accepted.statusCode());
        assertEquals("{\"status\":\"OK\"}", accepted.body());
        InvocationOutcome outcome = invocation.outcome().get(5, TimeUnit.SECONDS);
        assertEquals(InvocationOutcome.Kind.RESPONSE, outcome.kind());
        assertEquals("{\"ok\":true}", new String(outcome.payload(), StandardCharsets.UTF_8));
        assertFalse(outcome.failed());

        awaitHeard("idle");
        submit("req-2", "{\"n\":2}");
        HttpResponse<String> second = secondNext.get(5, TimeUnit.SECONDS);
        assertEquals("req-2", header(second, "Lambda-Runtime-Aws-Request-Id"));
        assertEquals(List.of("initialized", "delivered req-1", "idle", "delivered req-2"), heard);
    }

    @ParameterizedTest
    @CsvSource({
        "Function.OrderNotFound, Function.OrderNotFound",
        "Runtime.HandlerNotFound, Runtime.HandlerNotFound",
        "Function.orderNotFound, Runtime.Unknown",
        "Function.Order1, Runtime.Unknown",
        "OrderNotFound, Runtime.Unknown",
        "'', Runtime.Unknown"})
    void theErrorTypeHeaderIsValidatedLikeLambda(String header, String reported) throws Exception {
        PendingInvocation invocation = submit("req-1", "{}");
        get(BASE + "/invocation/next");
        byte[] body = "{\"errorMessage\":\"no order 7\",\"errorType\":\"com.example.OrderNotFound\"}".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> accepted = post(BASE + "/invocation/req-1/error", body,
                header.isEmpty() ? new String[0] : new String[] {"Lambda-Runtime-Function-Error-Type", header});

        assertEquals(202, accepted.statusCode());
        InvocationOutcome outcome = invocation.outcome().get(5, TimeUnit.SECONDS);
        assertEquals(InvocationOutcome.Kind.FUNCTION_ERROR, outcome.kind());
        assertEquals(reported, outcome.errorType().orElseThrow());
        assertArrayEquals(body, outcome.payload(), "the caller gets the error body as the runtime sent it");
    }

    @Test
    void anErrorBodyThatIsNotJsonIsWrappedSoCallersAlwaysGetErrorJson() throws Exception {
        PendingInvocation invocation = submit("req-1", "{}");
        get(BASE + "/invocation/next");

        post(BASE + "/invocation/req-1/error", "segfault in libfoo".getBytes(StandardCharsets.UTF_8),
                "Lambda-Runtime-Function-Error-Type", "Runtime.Crash");

        JsonNode error = JSON.readTree(invocation.outcome().get(5, TimeUnit.SECONDS).payload());
        assertEquals("segfault in libfoo", error.path("errorMessage").asText());
        assertEquals("Runtime.Crash", error.path("errorType").asText());
    }

    @Test
    void aResponseOverSixMegabytesIs413AndFailsTheInvocationWithLambdasMessage() throws Exception {
        PendingInvocation invocation = submit("req-1", "{}");
        get(BASE + "/invocation/next");
        byte[] tooLarge = new byte[LambdaLimits.MAX_RESPONSE_BYTES + 1];
        Arrays.fill(tooLarge, (byte) 'a');

        HttpResponse<String> refused = post(BASE + "/invocation/req-1/response", tooLarge);

        assertEquals(413, refused.statusCode());
        assertEquals("RequestEntityTooLarge", JSON.readTree(refused.body()).path("errorType").asText());
        InvocationOutcome outcome = invocation.outcome().get(5, TimeUnit.SECONDS);
        assertEquals("Function.ResponseSizeTooLarge", outcome.errorType().orElseThrow());
        assertEquals("Response payload size exceeded maximum allowed payload size (6291556 bytes).",
                JSON.readTree(outcome.payload()).path("errorMessage").asText());
        HttpResponse<String> followUp = post(BASE + "/invocation/req-1/error", "{\"errorMessage\":\"too big\"}".getBytes(
                StandardCharsets.UTF_8), "Lambda-Runtime-Function-Error-Type", "Runtime.ResponseSizeTooLarge");
        assertEquals(202, followUp.statusCode(), "runtimes report the refused response as an error, and Lambda accepts it");
        assertEquals("Function.ResponseSizeTooLarge", invocation.outcome().get().errorType().orElseThrow(),
                "the first outcome stands");
    }

    @Test
    void aResponseOfExactlyTheLimitIsAccepted() throws Exception {
        PendingInvocation invocation = submit("req-1", "{}");
        get(BASE + "/invocation/next");
        byte[] atLimit = new byte[LambdaLimits.MAX_RESPONSE_BYTES];
        Arrays.fill(atLimit, (byte) 'a');

        assertEquals(202, post(BASE + "/invocation/req-1/response", atLimit).statusCode());
        assertEquals(LambdaLimits.MAX_RESPONSE_BYTES, invocation.outcome().get(5, TimeUnit.SECONDS).payload().length);
    }

    @Test
    void anInitErrorFailsTheWaitingInvocationAndIsNotAllowedAfterInit() throws Exception {
        PendingInvocation invocation = submit("req-1", "{}");
        byte[] body = "{\"errorMessage\":\"Handler 'x' is not in this bootstrap\",\"errorType\":\"Runtime.HandlerNotFound\"}"
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> accepted = post(BASE + "/init/error", body, "Lambda-Runtime-Function-Error-Type",
                "Runtime.HandlerNotFound");

        assertEquals(202, accepted.statusCode());
        InvocationOutcome outcome = invocation.outcome().get(5, TimeUnit.SECONDS);
        assertEquals(InvocationOutcome.Kind.INIT_ERROR, outcome.kind());
        assertEquals("Runtime.HandlerNotFound", outcome.errorType().orElseThrow());
        assertArrayEquals(body, outcome.payload());
        assertTrue(channel.initFailed());
    }

    @Test
    void initErrorAfterTheFirstNextIsAnInvalidStateTransition() throws Exception {
        submit("req-1", "{}");
        get(BASE + "/invocation/next");

        HttpResponse<String> refused = post(BASE + "/init/error", "{}".getBytes(StandardCharsets.UTF_8));

        assertEquals(403, refused.statusCode());
        assertEquals("InvalidStateTransition", JSON.readTree(refused.body()).path("errorType").asText());
    }

    @Test
    void unknownRequestIdsPathsAndMethodsAreRefused() throws Exception {
        submit("req-1", "{}");
        get(BASE + "/invocation/next");

        HttpResponse<String> unknownId = post(BASE + "/invocation/req-9/response", "{}".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> unknownPath = get("/2018-06-01/runtime/invocation/req-1/status");
        HttpResponse<String> wrongMethod = post(BASE + "/invocation/next", new byte[0]);

        assertEquals(400, unknownId.statusCode());
        assertEquals("InvalidRequestID", JSON.readTree(unknownId.body()).path("errorType").asText());
        assertEquals(404, unknownPath.statusCode());
        assertEquals(405, wrongMethod.statusCode());
    }

    /** A runtime that asks twice (its first request timed out on its side, say) is answered oldest first. */
    @Test
    void twoWaitingNextsAreAnsweredInTurnAndTheRuntimeIsAnnouncedIdleOncePerEvent() throws Exception {
        CompletableFuture<HttpResponse<String>> first = http.sendAsync(request(BASE + "/invocation/next").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        awaitHeard("idle");
        CompletableFuture<HttpResponse<String>> second = http.sendAsync(request(BASE + "/invocation/next").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(200);

        submit("req-1", "{\"n\":1}");
        assertEquals("req-1", header(first.get(5, TimeUnit.SECONDS), "Lambda-Runtime-Aws-Request-Id"));
        assertEquals(202, post(BASE + "/invocation/req-1/response", "{}".getBytes(StandardCharsets.UTF_8)).statusCode());
        awaitHeardTimes("idle", 2);
        submit("req-2", "{\"n\":2}");

        HttpResponse<String> answered = second.get(5, TimeUnit.SECONDS);
        assertEquals("req-2", header(answered, "Lambda-Runtime-Aws-Request-Id"));
        assertEquals("{\"n\":2}", answered.body());
        assertEquals(List.of("initialized", "idle", "delivered req-1", "idle", "delivered req-2"), heard);
    }

    @Test
    void closingEndsAWaitingNextWithoutAnAnswer() throws Exception {
        CompletableFuture<HttpResponse<String>> next = http.sendAsync(request(BASE + "/invocation/next").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        awaitHeard("idle");

        channel.close();

        ExecutionException ended = assertThrows(ExecutionException.class, () -> next.get(5, TimeUnit.SECONDS));
        assertTrue(ended.getCause() instanceof IOException, ended.toString());
        PendingInvocation late = submit("req-1", "{}");
        assertEquals(InvocationOutcome.Kind.STOPPED, late.outcome().get(5, TimeUnit.SECONDS).kind());
    }

    @Test
    void aProcessThatEndsFailsItsInvocationWithLambdasExitError() throws Exception {
        PendingInvocation invocation = submit("req-1", "{}");
        get(BASE + "/invocation/next");

        channel.processExited("Runtime exited with error: exit status 3");

        InvocationOutcome outcome = invocation.outcome().get(5, TimeUnit.SECONDS);
        assertEquals(InvocationOutcome.Kind.EXIT, outcome.kind());
        assertEquals("Runtime.ExitError", outcome.errorType().orElseThrow());
        assertEquals("RequestId: req-1 Error: Runtime exited with error: exit status 3",
                JSON.readTree(outcome.payload()).path("errorMessage").asText());
    }

    private PendingInvocation submit(String requestId, String event) {
        PendingInvocation invocation = new PendingInvocation(requestId, event.getBytes(StandardCharsets.UTF_8), 3000, ARN,
                "Root=1-65536f00-0123456789abcdef01234567;Parent=0123456789abcdef;Sampled=0");
        channel.submit(invocation);
        return invocation;
    }

    private void awaitHeard(String event) throws InterruptedException {
        for (int i = 0; i < 500 && !heard.contains(event); i++) {
            Thread.sleep(10);
        }
        assertTrue(heard.contains(event), "never heard " + event + ": " + heard);
    }

    private void awaitHeardTimes(String event, int times) throws InterruptedException {
        for (int i = 0; i < 500 && Collections.frequency(heard, event) < times; i++) {
            Thread.sleep(10);
        }
        assertEquals(times, Collections.frequency(heard, event), heard.toString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://" + server.address() + path));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder builder = request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }
}
