package io.github.samnative.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.samnative.runtime.api.HttpRuntimeApiClient;
import io.github.samnative.runtime.context.FunctionSettings;
import io.github.samnative.runtime.handler.Handlers;
import io.github.samnative.runtime.handler.LambdaFunction;
import io.github.samnative.runtime.logging.LogSettings;
import io.github.samnative.runtime.logging.LogWriter;
import io.github.samnative.runtime.testing.FakeRuntimeApi;
import io.github.samnative.runtime.testing.FakeRuntimeApi.Event;
import io.github.samnative.runtime.testing.FakeRuntimeApi.Request;
import io.github.samnative.runtime.testing.TestHandlers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real loop and HTTP client against a real Runtime API server on 127.0.0.1. */
class RuntimeLoopTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long NOW = 1_790_000_000_000L;

    private FakeRuntimeApi api;
    private final ByteArrayOutputStream logs = new ByteArrayOutputStream();

    @BeforeEach
    void startApi() throws Exception {
        api = new FakeRuntimeApi();
    }

    @AfterEach
    void stopApi() {
        api.close();
    }

    private RuntimeLoop loop(LambdaFunction function) throws Exception {
        FunctionSettings settings = FunctionSettings.from(Environment.of(Map.of(
                "AWS_LAMBDA_FUNCTION_NAME", "orders",
                "AWS_LAMBDA_FUNCTION_VERSION", "7",
                "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512",
                "AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/orders",
                "AWS_LAMBDA_LOG_STREAM_NAME", "2026/11/26/[7]abcdef")));
        LogWriter log = new LogWriter(new PrintStream(logs, true, StandardCharsets.UTF_8),
                LogSettings.from(Environment.of(Map.of())), () -> NOW);
        return new RuntimeLoop(HttpRuntimeApiClient.connect(api.address()), function, settings, log, () -> NOW, () -> { });
    }

    private RuntimeLoop loop(String handlerName) throws Exception {
        return loop(new TestHandlers().create(handlerName));
    }

    private Request responseOf(String requestId) throws InterruptedException {
        return api.await(r -> r.path().startsWith("/2018-06-01/runtime/invocation/" + requestId + "/"), WAIT);
    }

    @Test
    void sendsTheHandlersResultToTheResponseEndpoint() throws Exception {
        api.enqueue(Event.of("req-1", "{\"name\":\"Ada\",\"times\":2}"));
        assertTrue(loop(TestHandlers.GREETING).runOnce());

        List<Request> requests = api.requests();
        assertEquals("GET", requests.get(0).method());
        assertEquals("/2018-06-01/runtime/invocation/next", requests.get(0).path());
        Request response = requests.get(1);
        assertEquals("POST", response.method());
        assertEquals("/2018-06-01/runtime/invocation/req-1/response", response.path());
        assertEquals("{\"message\":\"Hello, Ada! Hello, Ada!\"}", response.body());
        assertEquals(Integer.toString(response.body().length()), response.header("Content-Length"));
    }

    @Test
    void reportsAHandlerExceptionAndGoesOn() throws Exception {
        RuntimeLoop loop = loop(TestHandlers.FAILING);
        api.enqueue(Event.of("req-1", "{\"orderId\":42}"));
        api.enqueue(Event.of("req-2", "{\"orderId\":43}"));
        assertTrue(loop.runOnce());
        assertTrue(loop.runOnce());

        Request error = responseOf("req-1");
        assertEquals("/2018-06-01/runtime/invocation/req-1/error", error.path());
        assertEquals("Function.IllegalStateException", error.header("Lambda-Runtime-Function-Error-Type"));
        JsonNode body = JSON.readTree(error.body());
        assertEquals("order 42 is not payable", body.get("errorMessage").asText());
        assertEquals("java.lang.IllegalStateException", body.get("errorType").asText());
        assertTrue(body.get("stackTrace").get(0).asText().contains("FailingHandler.handleRequest"),
                body.get("stackTrace").toString());
        assertEquals("order 43 is not payable",
                JSON.readTree(responseOf("req-2").body()).get("errorMessage").asText());
        assertTrue(logs.toString(StandardCharsets.UTF_8).contains("java.lang.IllegalStateException: order 42 is not payable"));
    }

    @Test
    void reportsAnUndeserializableEventWithoutCallingTheHandler() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        LambdaFunction counting = Handlers.typed(Handlers.type(io.github.samnative.runtime.testing.Fixtures.GreetingRequest.class),
                (input, context) -> calls.incrementAndGet());
        RuntimeLoop loop = loop(counting);
        api.enqueue(Event.of("bad", "{\"name\": \"Ada\", \"times\": \"many\"}"));
        api.enqueue(Event.of("good", "{\"name\": \"Ada\", \"times\": 1}"));
        assertTrue(loop.runOnce());
        assertTrue(loop.runOnce());

        Request error = responseOf("bad");
        assertEquals("/2018-06-01/runtime/invocation/bad/error", error.path());
        assertEquals("Runtime.EventDeserializationError", error.header("Lambda-Runtime-Function-Error-Type"));
        JsonNode body = JSON.readTree(error.body());
        assertEquals("Runtime.EventDeserializationError", body.get("errorType").asText());
        assertTrue(body.get("errorMessage").asText().startsWith(
                "Could not deserialize the event into io.github.samnative.runtime.testing.Fixtures$GreetingRequest"),
                body.get("errorMessage").asText());
        assertEquals("/2018-06-01/runtime/invocation/good/response", responseOf("good").path());
        assertEquals(1, calls.get());
    }

    @Test
    void reportsAResponseOverSixMegabytesInsteadOfTruncatingIt() throws Exception {
        RuntimeLoop loop = loop(TestHandlers.OVERSIZE);
        api.enqueue(Event.of("big", "7"));
        api.enqueue(Event.of("small", "1"));
        assertTrue(loop.runOnce());
        assertTrue(loop.runOnce());

        Request error = responseOf("big");
        assertEquals("/2018-06-01/runtime/invocation/big/error", error.path());
        assertEquals("Runtime.ResponseSizeTooLarge", error.header("Lambda-Runtime-Function-Error-Type"));
        assertEquals("Response payload size (7340034 bytes) exceeded maximum allowed payload size (6291456 bytes).",
                JSON.readTree(error.body()).get("errorMessage").asText());
        Request small = responseOf("small");
        assertEquals("/2018-06-01/runtime/invocation/small/response", small.path());
        assertEquals(1024 * 1024 + 2, small.body().length());
    }

    @Test
    void reportsAnErrorWhenTheRuntimeApiRefusesTheResponseAsTooLarge() throws Exception {
        api.respondToResponsesWith(413);
        api.enqueue(Event.of("req-1", "{\"name\":\"Ada\",\"times\":1}"));
        assertTrue(loop(TestHandlers.GREETING).runOnce());
        Request error = api.awaitPath("/2018-06-01/runtime/invocation/req-1/error", WAIT);
        assertEquals("Runtime.ResponseSizeTooLarge", error.header("Lambda-Runtime-Function-Error-Type"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "io.github.samnative.runtime.testing.Fixtures$GreetingHandler | {\"name\":\"Lin\",\"times\":1} | {\"message\":\"Hello, Lin!\"}",
        "io.github.samnative.runtime.testing.Fixtures$UppercaseStreamHandler | {\"a\":\"b\"} | {\"A\":\"B\"}",
        "io.github.samnative.runtime.testing.Fixtures$Methods::shout | \"hey\" | \"HEY!\"",
        "io.github.samnative.runtime.testing.Fixtures$Methods::sum | [1,2,3,4] | 10",
        "io.github.samnative.runtime.testing.Fixtures$Methods::describe | {\"kind\":\"cart\",\"items\":[1,2]} | \"cart:2\"",
        "io.github.samnative.runtime.testing.Fixtures$Methods::ignore | {\"x\":1} | null",
        "io.github.samnative.runtime.testing.Fixtures$Methods::copy | [\"raw\", 1] | [\"raw\", 1]",
        "io.github.samnative.runtime.testing.Fixtures$Methods::requestId | {} | \"req-form\"",
    })
    void runsEveryHandlerShape(String handler, String event, String expected) throws Exception {
        api.enqueue(Event.of("req-form", event));
        assertTrue(loop(handler).runOnce());
        assertEquals(expected, api.awaitPath("/2018-06-01/runtime/invocation/req-form/response", WAIT).body());
    }

    @Test
    void exposesEveryContextFieldFromTheHeaders() throws Exception {
        api.enqueue(Event.of("req-ctx", "{}")
                .withHeader("Lambda-Runtime-Deadline-Ms", Long.toString(NOW + 2_500))
                .withHeader("Lambda-Runtime-Cognito-Identity",
                        "{\"cognitoIdentityId\":\"eu-west-1:1234\",\"cognitoIdentityPoolId\":\"eu-west-1:pool\"}")
                .withHeader("Lambda-Runtime-Client-Context",
                        "{\"client\":{\"installation_id\":\"inst-9\",\"app_title\":\"Shop\",\"app_version_name\":\"1.2\","
                                + "\"app_version_code\":\"12\",\"app_package_name\":\"com.shop\"},"
                                + "\"custom\":{\"tier\":\"gold\"},\"env\":{\"locale\":\"en_GB\"}}"));
        assertTrue(loop(TestHandlers.CONTEXT).runOnce());

        JsonNode context = JSON.readTree(api.awaitPath("/2018-06-01/runtime/invocation/req-ctx/response", WAIT).body());
        assertEquals("req-ctx", context.get("requestId").asText());
        assertEquals(2500, context.get("remainingMillis").asInt());
        assertEquals("arn:aws:lambda:eu-west-1:123456789012:function:test", context.get("arn").asText());
        assertEquals("orders", context.get("functionName").asText());
        assertEquals("7", context.get("functionVersion").asText());
        assertEquals(512, context.get("memory").asInt());
        assertEquals("/aws/lambda/orders", context.get("logGroup").asText());
        assertEquals("2026/11/26/[7]abcdef", context.get("logStream").asText());
        assertEquals("eu-west-1:1234", context.get("identityId").asText());
        assertEquals("eu-west-1:pool", context.get("identityPoolId").asText());
        assertEquals("inst-9", context.get("installationId").asText());
        assertEquals("Shop", context.get("appTitle").asText());
        assertEquals("gold", context.get("custom").get("tier").asText());
        assertEquals("en_GB", context.get("env").get("locale").asText());
        String trace = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";
        assertEquals(trace, context.get("traceProperty").asText());
        assertEquals(trace, context.get("xrayTraceId").asText());
    }

    @Test
    void worksWithoutTheOptionalIdentityAndTraceHeaders() throws Exception {
        api.enqueue(Event.of("req-bare", "{}").withHeader("Lambda-Runtime-Trace-Id", null));
        assertTrue(loop(TestHandlers.CONTEXT).runOnce());

        JsonNode context = JSON.readTree(api.awaitPath("/2018-06-01/runtime/invocation/req-bare/response", WAIT).body());
        // Null values are left out of responses, as the managed runtime does.
        assertFalse(context.has("identityId"));
        assertFalse(context.has("installationId"));
        assertFalse(context.has("traceProperty"));
        assertEquals("req-bare", context.get("requestId").asText());
    }

    @Test
    void handlesManyEventsInOrderOverOneConnection() throws Exception {
        RuntimeLoop loop = loop(TestHandlers.SUM);
        int count = 300;
        for (int i = 0; i < count; i++) {
            api.enqueue(Event.of("req-" + i, "[" + i + ", 1000]"));
        }
        for (int i = 0; i < count; i++) {
            assertTrue(loop.runOnce());
        }
        List<Request> responses = api.requests().stream()
                .filter(r -> r.path().endsWith("/response")).collect(Collectors.toList());
        assertEquals(count, responses.size());
        for (int i = 0; i < count; i++) {
            assertEquals("/2018-06-01/runtime/invocation/req-" + i + "/response", responses.get(i).path());
            assertEquals(Integer.toString(i + 1000), responses.get(i).body());
        }
        assertEquals(1, api.requests().stream().mapToInt(Request::clientPort).distinct().count(),
                "every request should reuse one keep-alive connection");
    }

    @Test
    void carriesAwsEventsThroughTheLoopAsTheManagedRuntimeDoes() throws Exception {
        com.amazonaws.services.lambda.runtime.RequestHandler<com.amazonaws.services.lambda.runtime.events.SQSEvent,
                com.amazonaws.services.lambda.runtime.events.SQSBatchResponse> batch = (event, context) -> {
            List<com.amazonaws.services.lambda.runtime.events.SQSBatchResponse.BatchItemFailure> failures = new java.util.ArrayList<>();
            for (com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage message : event.getRecords()) {
                if (message.getEventSourceArn().endsWith(":MyQueue")) {
                    failures.add(new com.amazonaws.services.lambda.runtime.events.SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                }
            }
            return new com.amazonaws.services.lambda.runtime.events.SQSBatchResponse(failures);
        };
        String event;
        try (java.io.InputStream in = getClass().getResourceAsStream("/events/sqs-receive-message.json")) {
            event = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        api.enqueue(Event.of("req-sqs", event));
        assertTrue(loop(Handlers.requestHandler(batch,
                Handlers.type(com.amazonaws.services.lambda.runtime.events.SQSEvent.class))).runOnce());
        assertEquals("{\"batchItemFailures\":[{\"itemIdentifier\":\"19dd0b57-b21e-4ac1-bd88-01bbb068cb78\"}]}",
                api.awaitPath("/2018-06-01/runtime/invocation/req-sqs/response", WAIT).body());
    }

    @Test
    void clearsTheTracePropertyBetweenInvocations() throws Exception {
        RuntimeLoop loop = loop(TestHandlers.CONTEXT);
        api.enqueue(Event.of("traced", "{}"));
        api.enqueue(Event.of("untraced", "{}").withHeader("Lambda-Runtime-Trace-Id", null));
        loop.runOnce();
        loop.runOnce();
        assertNull(System.getProperty(RuntimeLoop.TRACE_HEADER_PROPERTY));
    }
}
