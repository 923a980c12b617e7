package io.github.samnative.core.local;

import static io.github.samnative.core.local.testing.LocalProject.functionHeader;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.local.environment.EnvVarsFile;
import io.github.samnative.core.local.testing.CollectingLog;
import io.github.samnative.core.local.testing.LocalProject;
import io.github.samnative.core.local.testing.LocalTestHandlers;
import io.github.samnative.core.local.testing.Processes;
import io.github.samnative.core.local.testing.RecordingLauncher;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code start-api}'s core end to end: real HTTP requests, real bootstrap processes. The last test
 * stops the server and checks that no child process is left.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalApiServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ENVIRONMENTS = 4;

    // Generous timeouts: a JVM bootstrap's first invocation can take seconds on a busy 2-core machine.
    private static final String TEMPLATE = "Transform: AWS::Serverless-2016-10-31\n"
            + "Globals:\n"
            + "  Function:\n"
            + "    Timeout: 30\n"
            + "Resources:\n"
            + functionHeader("Items", LocalTestHandlers.API_ECHO)
            + "      Events:\n"
            + "        GetItem:\n"
            + "          Type: HttpApi\n"
            + "          Properties: {Path: '/items/{id}', Method: get}\n"
            + "        ListItems:\n"
            + "          Type: HttpApi\n"
            + "          Properties: {Path: /items, Method: get}\n"
            + functionHeader("Files", LocalTestHandlers.API_ECHO)
            + "      Events:\n"
            + "        GetFile:\n"
            + "          Type: Api\n"
            + "          Properties: {Path: '/files/{path+}', Method: get}\n"
            + functionHeader("Responses", LocalTestHandlers.API_RESPONSE)
            + "      Events:\n"
            + "        V2:\n"
            + "          Type: HttpApi\n"
            + "          Properties: {Path: /responses, Method: any}\n"
            + "        V1:\n"
            + "          Type: Api\n"
            + "          Properties: {Path: /v1/responses, Method: any}\n"
            + functionHeader("Broken", LocalTestHandlers.API_FAIL)
            + "      Events:\n"
            + "        Get:\n"
            + "          Type: HttpApi\n"
            + "          Properties: {Path: /broken, Method: get}\n"
            + functionHeader("Flaky", LocalTestHandlers.API_FLAKY)
            + "      Events:\n"
            + "        Get:\n"
            + "          Type: HttpApi\n"
            + "          Properties: {Path: '/flaky/{action}', Method: get}\n"
            + functionHeader("Sleeper", LocalTestHandlers.API_FLAKY)
            + "      Timeout: 3\n"
            + "      Events:\n"
            + "        Get:\n"
            + "          Type: HttpApi\n"
            + "          Properties: {Path: '/snooze/{action}', Method: get}\n"
            + functionHeader("Slow", LocalTestHandlers.API_SLOW)
            + "      Events:\n"
            + "        Get:\n"
            + "          Type: HttpApi\n"
            + "          Properties: {Path: '/slow/{id}', Method: get}\n";

    /** A bootstrap that starts a child of its own: stopping the environment must end it too. */
    private static final String WITH_CHILD = "sleep 600 &";

    private final RecordingLauncher launcher = new RecordingLauncher();
    private final CollectingLog log = new CollectingLog();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private LocalInvoker invoker;
    private LocalApiServer server;

    @BeforeAll
    void start(@TempDir Path project) throws Exception {
        invoker = LocalInvoker.start(
                LocalProject.create(project, TEMPLATE, Map.of("Items", WITH_CHILD, "Sleeper", WITH_CHILD)),
                EnvVarsFile.empty(), Map.of(),
                LocalOptions.defaults()
                        // Room for JVM bootstraps starting side by side on a busy 2-core machine.
                        .withInitLimit(Duration.ofSeconds(60))
                        .withLog(log)
                        .withLauncher(launcher)
                        .withMaxEnvironmentsPerFunction(MAX_ENVIRONMENTS));
        server = LocalApiServer.start(invoker, "127.0.0.1", 0);
    }

    @AfterAll
    void stopIfATestFailedEarly() {
        server.close();
    }

    @Test
    void theRoutesTableListsEveryRouteAndTheBaseUrl() {
        assertTrue(server.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+"), server.baseUrl());
        String table = server.routesTable();
        assertTrue(table.startsWith("  Method  Path "), table);
        assertTrue(Pattern.compile("\\n  GET +/items/\\{id} +Items +HttpApi\\n").matcher(table).find(), table);
        assertTrue(Pattern.compile("\\n  GET +/files/\\{path\\+} +Files +Api\\n").matcher(table).find(), table);
        assertTrue(Pattern.compile("\\n  ANY +/v1/responses +Responses +Api\\n").matcher(table).find(), table);
        assertTrue(table.endsWith("Base URL: " + server.baseUrl()), table);
        assertEquals(9, server.routes().size());
    }

    @Test
    void pathParametersAndQueryStringsReachTheFunction() throws Exception {
        JsonNode v2 = JSON.readTree(get("/items/42?tag=a&tag=b&q=x%20y").body());
        JsonNode v1 = JSON.readTree(get("/files/docs/read%20me.md?tag=a&tag=b").body());
        JsonNode plain = JSON.readTree(get("/items").body());

        assertEquals("42", v2.path("pathParameters").path("id").asText());
        assertEquals("a,b", v2.path("queryStringParameters").path("tag").asText());
        assertEquals("x y", v2.path("queryStringParameters").path("q").asText());
        assertEquals("tag=a&tag=b&q=x%20y", v2.path("rawQueryString").asText());
        assertEquals("docs/read me.md", v1.path("pathParameters").path("path").asText());
        assertEquals("b", v1.path("queryStringParameters").path("tag").asText());
        assertEquals("[\"a\",\"b\"]", v1.path("multiValueQueryStringParameters").path("tag").toString());
        assertEquals("GET /items", plain.path("routeKey").asText());
        assertFalse(plain.has("pathParameters"));
    }

    @Test
    void binaryBodiesMakeTheRoundTripInBothPayloadFormats() throws Exception {
        byte[] everyByte = new byte[256];
        for (int i = 0; i < everyByte.length; i++) {
            everyByte[i] = (byte) i;
        }
        for (String path : List.of("/responses?kind=binary", "/v1/responses?kind=binary")) {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(everyByte)).build(), HttpResponse.BodyHandlers.ofByteArray());

            assertEquals(200, response.statusCode(), path);
            assertEquals("application/octet-stream", response.headers().firstValue("Content-Type").orElse(null), path);
            assertArrayEquals(everyByte, response.body(), path);
        }
    }

    @Test
    void cookiesAndMultiValueHeadersBecomeResponseHeaders() throws Exception {
        HttpResponse<String> response = get("/responses?kind=cookies");

        assertEquals(201, response.statusCode());
        assertEquals(List.of("session=abc; HttpOnly", "theme=dark"), response.headers().allValues("Set-Cookie"));
        assertEquals(List.of("a", "b"), response.headers().allValues("X-Multi"));
        assertEquals(List.of("one"), response.headers().allValues("X-Single"));
        assertEquals("with cookies", response.body());
    }

    @Test
    void anHttpApiFunctionMayReturnPlainJson() throws Exception {
        HttpResponse<String> object = get("/responses?kind=plain");
        HttpResponse<String> text = get("/responses?kind=text");

        assertEquals(200, object.statusCode());
        assertEquals("application/json", object.headers().firstValue("Content-Type").orElse(null));
        assertEquals("{\"hello\":\"world\"}", object.body());
        assertEquals("just text", text.body());
    }

    @Test
    void withoutARouteTheAnswerIs404LikeApiGateway() throws Exception {
        HttpResponse<String> unknownPath = get("/nothing/here");
        HttpResponse<String> wrongMethod = http.send(HttpRequest.newBuilder(uri("/items/1"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(404, unknownPath.statusCode());
        assertEquals("{\"message\":\"Not Found\"}", unknownPath.body());
        assertEquals(404, wrongMethod.statusCode());
    }

    @Test
    void aFunctionErrorOrAMalformedResponseIs502WithTheReasonLogged() throws Exception {
        HttpResponse<String> failed = get("/broken");
        HttpResponse<String> malformed = get("/v1/responses?kind=malformed");

        assertEquals(502, failed.statusCode());
        assertEquals("{\"message\":\"Internal Server Error\"}", failed.body());
        assertEquals(1, log.linesContaining("[Broken] sam-native: the function failed, so API Gateway answers 502:").stream()
                .filter(line -> line.contains("no such item")).count(), log.lines().toString());
        assertEquals(502, malformed.statusCode());
        assertEquals("{\"message\":\"Internal server error\"}", malformed.body(), "a REST API's wording");
        assertEquals(1, log.linesContaining("[Responses] sam-native: malformed Lambda proxy response (body is object").size(),
                log.lines().toString());
    }

    @Test
    void overlappingRequestsAreServedByMoreEnvironmentsAllAnsweredCorrectly() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            responses.add(http.sendAsync(HttpRequest.newBuilder(uri("/slow/" + i)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        Set<Long> pids = new HashSet<>();
        for (int i = 0; i < 32; i++) {
            HttpResponse<String> response = responses.get(i).join();
            assertEquals(200, response.statusCode(), response.body());
            JsonNode body = JSON.readTree(response.body());
            assertEquals(Integer.toString(i), body.path("id").asText(), "request " + i + " got another's answer");
            pids.add(body.path("pid").asLong());
        }

        int started = launcher.launches("Slow").size();
        assertTrue(started > 1 && started <= MAX_ENVIRONMENTS, started + " environments started");
        assertEquals(started, pids.size(), "every environment served requests");
    }

    @Test
    void aCrashedBootstrapIsReplaced() throws Exception {
        HttpResponse<String> before = get("/flaky/ok");
        HttpResponse<String> crash = get("/flaky/crash");
        HttpResponse<String> after = get("/flaky/ok");

        assertEquals(200, before.statusCode());
        assertEquals(502, crash.statusCode());
        assertEquals(200, after.statusCode());
        assertNotEquals(before.body(), after.body(), "a new process answers");
        List<RecordingLauncher.Launch> launches = launcher.launches("Flaky");
        assertEquals(2, launches.size());
        launches.get(0).process().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertFalse(launches.get(0).process().isAlive());
        assertEquals(Long.parseLong(after.body()), launches.get(1).process().pid());
        assertEquals(1, log.linesContaining("Runtime exited with error: exit status 3").stream()
                .filter(line -> line.startsWith("[Flaky] sam-native: the function failed")).count(), log.lines().toString());
    }

    @Test
    void aTimedOutEnvironmentIsKilledWithItsChildrenAndRestarted() throws Exception {
        HttpResponse<String> before = get("/snooze/ok");
        ProcessHandle first = launcher.launches("Sleeper").get(0).process().toHandle();
        List<ProcessHandle> children = first.descendants().collect(Collectors.toList());
        HttpResponse<String> timedOut = get("/snooze/sleep");
        HttpResponse<String> after = get("/snooze/ok");

        assertEquals(200, before.statusCode());
        assertEquals(1, children.size(), "the bootstrap's background child");
        assertEquals(502, timedOut.statusCode());
        assertEquals(1, log.linesContaining("Task timed out after 3.00 seconds").stream()
                .filter(line -> line.startsWith("[Sleeper] sam-native: the function failed")).count(), log.lines().toString());
        assertFalse(Processes.isRunning(first.pid()));
        assertFalse(Processes.isRunning(children.get(0).pid()), "the whole process tree is killed");
        assertEquals(200, after.statusCode());
        assertEquals(launcher.launches("Sleeper").get(1).process().pid(), Long.parseLong(after.body()));
    }

    @Test
    void aSecondServerOnTheSamePortIsRefusedWithTheFix() throws Exception {
        int port = URI.create(server.baseUrl()).getPort();
        try (LocalInvoker other = LocalInvoker.start(invoker.functions(), LocalOptions.defaults())) {
            SamNativeException refused = assertThrows(SamNativeException.class,
                    () -> LocalApiServer.start(other, "127.0.0.1", port));
            assertTrue(refused.getMessage().startsWith("Cannot serve the API on 127.0.0.1:" + port), refused.getMessage());
            assertTrue(refused.getMessage().contains("Fix: stop the program using that port, or choose another port."),
                    refused.getMessage());
        }
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void stoppingLeavesNoChildProcess() throws Exception {
        assertEquals(200, get("/items/1").statusCode());
        List<ProcessHandle> everything = new ArrayList<>();
        for (RecordingLauncher.Launch launch : launcher.launches()) {
            everything.add(launch.process().toHandle());
            launch.process().toHandle().descendants().forEach(everything::add);
        }
        assertTrue(everything.stream().anyMatch(ProcessHandle::isAlive), "warm environments run before the stop");
        assertTrue(everything.size() > launcher.launches().size(), "the Items bootstrap's child is among them");

        server.close();

        for (ProcessHandle process : everything) {
            assertFalse(Processes.isRunning(process.pid()), "pid " + process.pid() + " outlived the stop");
        }
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String pathAndQuery) {
        return URI.create(server.baseUrl() + pathAndQuery);
    }
}
