package io.github.samnative.core.local.testing;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.samnative.runtime.HandlerTable;
import io.github.samnative.runtime.LambdaRuntime;
import io.github.samnative.runtime.handler.Handlers;
import io.github.samnative.runtime.handler.LambdaFunction;
import io.github.samnative.runtime.handler.TypedFunction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The handlers of the test bootstraps, written as the plugin generates a handler table: the
 * {@code _HANDLER} value picks one. They run in real child processes under the local Runtime API.
 */
public final class LocalTestHandlers implements HandlerTable {

    /** Returns the event unchanged. */
    public static final String ECHO = "echo";
    /** Throws {@link IllegalStateException}: a function error. */
    public static final String FAIL = "fail";
    /** Its constructor throws: an init error. */
    public static final String BROKEN_INIT = "broken-init";
    /** Sleeps {@code event.millis} (default 10 s). */
    public static final String SLEEP = "sleep";
    /** Ends the process abruptly with status 3. */
    public static final String CRASH = "crash";
    /** Returns its environment variables, plus {@code cwd}. */
    public static final String ENV = "env";
    /** Writes one line to stdout and one to stderr. */
    public static final String LOG = "log";
    /** Answers API Gateway with the event it received as the JSON body. */
    public static final String API_ECHO = "api-echo";
    /** Answers API Gateway as the query parameter {@code kind} asks: cookies, binary, plain, text, malformed. */
    public static final String API_RESPONSE = "api-response";
    /** Throws. */
    public static final String API_FAIL = "api-fail";
    /** Crashes on paths containing /crash, runs past its timeout on /sleep, else answers with its pid. */
    public static final String API_FLAKY = "api-flaky";
    /** Waits 300 ms, then answers with the path parameter {@code id} and its pid. */
    public static final String API_SLOW = "api-slow";

    @Override
    public List<String> names() {
        return List.of(ECHO, FAIL, BROKEN_INIT, SLEEP, CRASH, ENV, LOG, API_ECHO, API_RESPONSE, API_FAIL, API_FLAKY, API_SLOW);
    }

    @Override
    public LambdaFunction create(String name) {
        switch (name) {
            case ECHO:
                return json((event, context) -> event);
            case FAIL:
                return json((event, context) -> {
                    throw new IllegalStateException("the order " + event.path("order").asText() + " does not exist");
                });
            case BROKEN_INIT:
                throw new IllegalStateException("cannot reach the database at init");
            case SLEEP:
                return json((event, context) -> {
                    Thread.sleep(event.path("millis").asLong(10_000));
                    return "woke up";
                });
            case CRASH:
                return json((event, context) -> {
                    Runtime.getRuntime().halt(3);
                    return null;
                });
            case ENV:
                return json((event, context) -> {
                    Map<String, String> variables = new TreeMap<>(System.getenv());
                    variables.put("cwd", System.getProperty("user.dir"));
                    return variables;
                });
            case LOG:
                return json((event, context) -> {
                    System.out.println("hello on stdout");
                    System.err.println("hello on stderr");
                    return "logged";
                });
            case API_ECHO:
                return json((event, context) -> proxyResponse(200, event.toString()));
            case API_RESPONSE:
                return json(LocalTestHandlers::apiResponse);
            case API_FAIL:
                return json((event, context) -> {
                    throw new IllegalArgumentException("no such item");
                });
            case API_FLAKY:
                return json((event, context) -> {
                    String path = event.path("path").asText(event.path("rawPath").asText());
                    if (path.contains("/crash")) {
                        Runtime.getRuntime().halt(3);
                    }
                    if (path.contains("/sleep")) {
                        Thread.sleep(30_000);
                    }
                    return proxyResponse(200, Long.toString(ProcessHandle.current().pid()));
                });
            case API_SLOW:
                return json((event, context) -> {
                    Thread.sleep(300);
                    return proxyResponse(200, "{\"id\":\"" + event.path("pathParameters").path("id").asText()
                            + "\",\"pid\":" + ProcessHandle.current().pid() + "}");
                });
            default:
                return null;
        }
    }

    private static Object apiResponse(JsonNode event, Context context) {
        String kind = event.path("queryStringParameters").path("kind").asText();
        Map<String, Object> response = new LinkedHashMap<>();
        switch (kind) {
            case "cookies":
                response.put("statusCode", 201);
                response.put("headers", Map.of("X-Single", "one"));
                response.put("multiValueHeaders", Map.of("X-Multi", List.of("a", "b")));
                response.put("cookies", List.of("session=abc; HttpOnly", "theme=dark"));
                response.put("body", "with cookies");
                return response;
            case "binary":
                response.put("statusCode", 200);
                response.put("headers", Map.of("Content-Type", "application/octet-stream"));
                response.put("isBase64Encoded", true);
                response.put("body", event.path("body").asText());
                return response;
            case "plain":
                return Map.of("hello", "world");
            case "text":
                return "just text";
            case "malformed":
                response.put("statusCode", 200);
                response.put("body", Map.of("not", "a string"));
                return response;
            default:
                return proxyResponse(400, "unknown kind " + kind);
        }
    }

    private static Map<String, Object> proxyResponse(int status, String body) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("statusCode", status);
        response.put("headers", Map.of("Content-Type", "application/json"));
        response.put("body", body);
        return response;
    }

    private static LambdaFunction json(TypedFunction<JsonNode, Object> function) {
        return Handlers.typed(Handlers.type(JsonNode.class), function);
    }

    /** The bootstrap's main, as generated. */
    public static final class Main {
        public static void main(String[] args) {
            LambdaRuntime.run(new LocalTestHandlers());
        }
    }
}
