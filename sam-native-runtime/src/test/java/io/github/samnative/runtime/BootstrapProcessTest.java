package io.github.samnative.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.samnative.runtime.testing.ChildBootstrap;
import io.github.samnative.runtime.testing.FakeRuntimeApi;
import io.github.samnative.runtime.testing.FakeRuntimeApi.Event;
import io.github.samnative.runtime.testing.FakeRuntimeApi.Request;
import io.github.samnative.runtime.testing.TestHandlers;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The runtime as Lambda runs it: a separate process whose exit status and output matter. */
class BootstrapProcessTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeRuntimeApi api;

    @BeforeEach
    void startApi() throws Exception {
        api = new FakeRuntimeApi();
    }

    @AfterEach
    void stopApi() {
        api.close();
    }

    private Map<String, String> environment(String handler) {
        Map<String, String> env = new HashMap<>();
        env.put("AWS_LAMBDA_RUNTIME_API", api.address());
        env.put("_HANDLER", handler);
        env.put("AWS_LAMBDA_FUNCTION_NAME", "test");
        return env;
    }

    @Test
    void reportsAThrowingConstructorAsAnInitErrorAndExits() throws Exception {
        try (ChildBootstrap bootstrap = ChildBootstrap.start(environment(TestHandlers.BROKEN_CONSTRUCTOR))) {
            assertEquals(LambdaRuntime.EXIT_INIT_FAILED, bootstrap.awaitExit(WAIT));
            Request init = api.awaitPath("/2018-06-01/runtime/init/error", WAIT);
            assertEquals("POST", init.method());
            assertEquals("Runtime.HandlerInitError", init.header("Lambda-Runtime-Function-Error-Type"));
            JsonNode body = JSON.readTree(init.body());
            assertEquals("java.lang.IllegalArgumentException", body.get("errorType").asText());
            assertEquals("Handler '" + TestHandlers.BROKEN_CONSTRUCTOR
                    + "' failed to initialise: java.lang.IllegalArgumentException: TABLE_NAME is not set",
                    body.get("errorMessage").asText());
            assertTrue(body.get("stackTrace").get(0).asText().contains("BrokenConstructorHandler.<init>"));
            assertFalse(api.requests().stream().anyMatch(r -> r.path().endsWith("/next")),
                    "no event may be taken after a failed init");
        }
    }

    @Test
    void reportsAnUnknownHandlerListingTheOnesThatExist() throws Exception {
        try (ChildBootstrap bootstrap = ChildBootstrap.start(environment("com.example.Missing::handle"))) {
            assertEquals(LambdaRuntime.EXIT_INIT_FAILED, bootstrap.awaitExit(WAIT));
            Request init = api.awaitPath("/2018-06-01/runtime/init/error", WAIT);
            assertEquals("Runtime.HandlerNotFound", init.header("Lambda-Runtime-Function-Error-Type"));
            String message = JSON.readTree(init.body()).get("errorMessage").asText();
            assertTrue(message.startsWith("Handler 'com.example.Missing::handle' (from _HANDLER) is not in this bootstrap, which has: "
                    + TestHandlers.GREETING + ", " + TestHandlers.FAILING), message);
            assertTrue(bootstrap.stderr().contains("com.example.Missing::handle"));
        }
    }

    @Test
    void reportsOutOfMemoryThenExits() throws Exception {
        api.enqueue(Event.of("hog", "{}"));
        try (ChildBootstrap bootstrap = ChildBootstrap.start(environment(TestHandlers.MEMORY_HOG), "-Xmx48m")) {
            assertEquals(LambdaRuntime.EXIT_FATAL, bootstrap.awaitExit(WAIT));
            Request error = api.awaitPath("/2018-06-01/runtime/invocation/hog/error", WAIT);
            assertEquals("Function.OutOfMemoryError", error.header("Lambda-Runtime-Function-Error-Type"));
            assertEquals("java.lang.OutOfMemoryError", JSON.readTree(error.body()).get("errorType").asText());
            assertEquals(1, api.requests().stream().filter(r -> r.path().endsWith("/next")).count(),
                    "the process must not take another event after OutOfMemoryError");
        }
    }

    @Test
    void saysOneClearLineAndExitsWhenTheRuntimeApiIsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> env = environment(TestHandlers.GREETING);
        env.put("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:" + closedPort);
        try (ChildBootstrap bootstrap = ChildBootstrap.start(env)) {
            assertEquals(LambdaRuntime.EXIT_INIT_FAILED, bootstrap.awaitExit(WAIT));
            List<String> lines = bootstrap.stderr().lines().toList();
            assertEquals(1, lines.size(), lines.toString());
            assertTrue(lines.get(0).startsWith("sam-native: cannot reach the Lambda Runtime API at 127.0.0.1:"
                    + closedPort + " (AWS_LAMBDA_RUNTIME_API): "), lines.get(0));
        }
    }

    @Test
    void writesJsonLogLinesFilteredByLevelWhenAskedTo() throws Exception {
        Map<String, String> env = environment(TestHandlers.LOGGING);
        env.put("AWS_LAMBDA_LOG_FORMAT", "JSON");
        env.put("AWS_LAMBDA_LOG_LEVEL", "INFO");
        api.enqueue(Event.of("req-log", "\"hi\""));
        try (ChildBootstrap bootstrap = ChildBootstrap.start(env)) {
            assertEquals("\"logged\"", api.awaitPath("/2018-06-01/runtime/invocation/req-log/response", WAIT).body());
            List<JsonNode> records = new ArrayList<>();
            for (String line : bootstrap.stdout().lines().toList()) {
                records.add(JSON.readTree(line));
            }
            List<String> summary = records.stream()
                    .map(r -> r.get("level").asText() + " " + r.get("message").asText() + " " + r.get("requestId").asText())
                    .toList();
            assertEquals(List.of(
                    "INFO logger says hi req-log",
                    "WARN careful req-log",
                    "INFO stdout says hi req-log",
                    "ERROR stderr says hi req-log",
                    "INFO unterminated req-log"), summary);
            for (JsonNode record : records) {
                assertTrue(record.get("timestamp").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"),
                        record.toString());
            }
            assertEquals("", bootstrap.stderr());
        }
    }

    @Test
    void writesPlainLinesInTextMode() throws Exception {
        api.enqueue(Event.of("req-text", "\"hi\""));
        try (ChildBootstrap bootstrap = ChildBootstrap.start(environment(TestHandlers.LOGGING))) {
            api.awaitPath("/2018-06-01/runtime/invocation/req-text/response", WAIT);
            assertEquals(List.of("logger says hi", "debug detail", "careful", "stdout says hi"),
                    bootstrap.stdout().lines().limit(4).toList());
            assertEquals("stderr says hi\n", bootstrap.stderr());
        }
    }
}
