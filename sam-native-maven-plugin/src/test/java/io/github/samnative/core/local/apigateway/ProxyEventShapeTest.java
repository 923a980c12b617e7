package io.github.samnative.core.local.apigateway;

import static io.github.samnative.core.local.testing.LocalProject.functionHeader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.samnative.core.local.LocalApiServer;
import io.github.samnative.core.local.LocalInvoker;
import io.github.samnative.core.local.LocalOptions;
import io.github.samnative.core.local.environment.EnvVarsFile;
import io.github.samnative.core.local.testing.CollectingLog;
import io.github.samnative.core.local.testing.LocalProject;
import io.github.samnative.core.local.testing.LocalTestHandlers;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The events the local API Gateway sends, compared field by field with the samples AWS's tooling
 * generates (src/test/resources/events): for the same shape of request, every field of the sample is
 * present in ours with the same JSON type, recursively. The functions echo their event over real HTTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProxyEventShapeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Fields of the samples that API Gateway itself leaves out or sets to null in the situation tested:
     * the sample shows a stage with variables, mutual TLS and a JWT authorizer; the local API has none.
     */
    private static final Set<String> REST_API_EXCEPTIONS = Set.of(
            "stageVariables"); // null: API Gateway sends null when the stage has no variables
    private static final Set<String> HTTP_API_EXCEPTIONS = Set.of(
            "stageVariables", // left out when the stage has no variables
            "requestContext.authentication", // only with mutual TLS
            "requestContext.authorizer"); // only with an authorizer on the route

    /** Objects whose keys are data (header names, parameter names): their values' types are compared. */
    private static final Set<String> REST_API_DATA_MAPS = Set.of("headers", "multiValueHeaders", "queryStringParameters",
            "multiValueQueryStringParameters", "pathParameters", "stageVariables");
    private static final Set<String> HTTP_API_DATA_MAPS = Set.of("headers", "queryStringParameters", "pathParameters",
            "stageVariables");

    private static final byte[] BODY = "{\"test\":\"body\"}".getBytes(StandardCharsets.UTF_8);

    private LocalApiServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    void start(@TempDir Path project) throws Exception {
        String template = "Transform: AWS::Serverless-2016-10-31\n"
                + "Globals: {Function: {Timeout: 30}}\n"
                + "Resources:\n"
                + functionHeader("RestEcho", LocalTestHandlers.API_ECHO)
                + "      Events:\n"
                + "        Proxy:\n"
                + "          Type: Api\n"
                + "          Properties:\n"
                + "            Path: /{proxy+}\n"
                + "            Method: any\n"
                + functionHeader("HttpEcho", LocalTestHandlers.API_ECHO)
                + "      Events:\n"
                + "        Resource:\n"
                + "          Type: HttpApi\n"
                + "          Properties:\n"
                + "            Path: /path/to/{resource}\n"
                + "            Method: post\n";
        LocalInvoker invoker = LocalInvoker.start(LocalProject.create(project, template), EnvVarsFile.empty(), Map.of(),
                LocalOptions.defaults().withInitLimit(Duration.ofSeconds(60)).withLog(new CollectingLog()));
        server = LocalApiServer.start(invoker, "127.0.0.1", 0);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void restApiEventsHaveEveryFieldOfAwssSample() throws Exception {
        long before = System.currentTimeMillis();
        // Under /rest: /path/to/{resource} is the HttpApi route of this template.
        JsonNode ours = echo(HttpRequest.newBuilder(uri("/rest/path/to/resource?foo=bar"))
                .header("Accept", "text/html,application/xhtml+xml")
                .header("User-Agent", "Custom User Agent String")
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(BODY)));
        long after = System.currentTimeMillis();

        assertSameShape(sample("apigateway-aws-proxy.json"), ours, REST_API_EXCEPTIONS, REST_API_DATA_MAPS);
        assertEquals("/{proxy+}", ours.path("resource").asText());
        assertEquals("/rest/path/to/resource", ours.path("path").asText());
        assertEquals("POST", ours.path("httpMethod").asText());
        assertEquals("rest/path/to/resource", ours.path("pathParameters").path("proxy").asText());
        assertEquals("bar", ours.path("queryStringParameters").path("foo").asText());
        assertEquals("[\"bar\"]", ours.path("multiValueQueryStringParameters").path("foo").toString());
        assertEquals("Custom User Agent String", ours.path("headers").path("User-Agent").asText());
        assertEquals("[\"Custom User Agent String\"]", ours.path("multiValueHeaders").path("User-Agent").toString());
        assertEquals("127.0.0.1", ours.path("headers").path("X-Forwarded-For").asText());
        assertEquals("http", ours.path("headers").path("X-Forwarded-Proto").asText());
        assertEquals(Base64.getEncoder().encodeToString(BODY), ours.path("body").asText());
        assertTrue(ours.path("isBase64Encoded").asBoolean());
        JsonNode context = ours.path("requestContext");
        assertEquals("/{proxy+}", context.path("resourcePath").asText());
        assertEquals("/Prod/rest/path/to/resource", context.path("path").asText());
        assertEquals("Prod", context.path("stage").asText());
        assertEquals("POST", context.path("httpMethod").asText());
        assertEquals("HTTP/1.1", context.path("protocol").asText());
        assertEquals("127.0.0.1", context.path("identity").path("sourceIp").asText());
        assertEquals("Custom User Agent String", context.path("identity").path("userAgent").asText());
        assertEquals("127.0.0.1", context.path("domainName").asText());
        long epoch = context.path("requestTimeEpoch").asLong();
        assertTrue(epoch >= before && epoch <= after, "requestTimeEpoch " + epoch + " is the time of the request");
        assertTrue(context.path("requestTime").asText().matches("\\d\\d/[A-Z][a-z]{2}/\\d{4}:\\d\\d:\\d\\d:\\d\\d \\+0000"),
                context.path("requestTime").asText());
    }

    @Test
    void httpApiEventsHaveEveryFieldOfAwssSample() throws Exception {
        JsonNode ours = echo(HttpRequest.newBuilder(uri("/path/to/resource?parameter1=value1&parameter1=value2&parameter2=value"))
                .header("Header1", "value1")
                .header("Header2", "value1")
                .header("Header2", "value2")
                .header("Cookie", "cookie1=a; cookie2=b")
                .header("User-Agent", "agent")
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(BODY)));

        assertSameShape(sample("apigateway-http-api-proxy.json"), ours, HTTP_API_EXCEPTIONS, HTTP_API_DATA_MAPS);
        assertEquals("2.0", ours.path("version").asText());
        assertEquals("POST /path/to/{resource}", ours.path("routeKey").asText());
        assertEquals("/path/to/resource", ours.path("rawPath").asText());
        assertEquals("parameter1=value1&parameter1=value2&parameter2=value", ours.path("rawQueryString").asText());
        assertEquals("[\"cookie1=a\",\"cookie2=b\"]", ours.path("cookies").toString());
        assertEquals("value1", ours.path("headers").path("header1").asText());
        assertEquals("value1,value2", ours.path("headers").path("header2").asText());
        assertFalse(ours.path("headers").has("cookie"), "cookies travel in the cookies field only");
        assertEquals("value1,value2", ours.path("queryStringParameters").path("parameter1").asText());
        assertEquals("value", ours.path("queryStringParameters").path("parameter2").asText());
        assertEquals("resource", ours.path("pathParameters").path("resource").asText());
        assertEquals(Base64.getEncoder().encodeToString(BODY), ours.path("body").asText());
        assertTrue(ours.path("isBase64Encoded").asBoolean());
        JsonNode context = ours.path("requestContext");
        assertEquals("POST", context.path("http").path("method").asText());
        assertEquals("/path/to/resource", context.path("http").path("path").asText());
        assertEquals("HTTP/1.1", context.path("http").path("protocol").asText());
        assertEquals("127.0.0.1", context.path("http").path("sourceIp").asText());
        assertEquals("agent", context.path("http").path("userAgent").asText());
        assertEquals("$default", context.path("stage").asText());
        assertEquals("POST /path/to/{resource}", context.path("routeKey").asText());
        assertEquals("123456789012", context.path("accountId").asText());
    }

    @Test
    void textBodiesArriveAsText() throws Exception {
        JsonNode v1 = echo(HttpRequest.newBuilder(uri("/orders"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(BODY)));
        JsonNode v2 = echo(HttpRequest.newBuilder(uri("/path/to/orders"))
                .header("Content-Type", "text/plain; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString("héllo")));

        assertEquals("{\"test\":\"body\"}", v1.path("body").asText());
        assertFalse(v1.path("isBase64Encoded").asBoolean());
        assertEquals("héllo", v2.path("body").asText());
        assertFalse(v2.path("isBase64Encoded").asBoolean());
    }

    @Test
    void mapsWithoutEntriesAreNullInPayloadOneAndAbsentInPayloadTwo() throws Exception {
        JsonNode v1 = echo(HttpRequest.newBuilder(uri("/orders")).GET());
        JsonNode v2 = echo(HttpRequest.newBuilder(uri("/path/to/orders")).POST(HttpRequest.BodyPublishers.noBody()));

        assertTrue(v1.path("queryStringParameters").isNull());
        assertTrue(v1.path("multiValueQueryStringParameters").isNull());
        assertTrue(v1.path("body").isNull());
        assertFalse(v2.has("queryStringParameters"));
        assertFalse(v2.has("cookies"));
        assertFalse(v2.has("body"));
        assertEquals("", v2.path("rawQueryString").asText());
    }

    private JsonNode echo(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private URI uri(String pathAndQuery) {
        return URI.create(server.baseUrl() + pathAndQuery);
    }

    private static JsonNode sample(String name) throws Exception {
        try (InputStream in = ProxyEventShapeTest.class.getResourceAsStream("/events/" + name)) {
            return JSON.readTree(in);
        }
    }

    private static void assertSameShape(JsonNode sample, JsonNode ours, Set<String> exceptions, Set<String> dataMaps) {
        List<String> differences = new ArrayList<>();
        compare(sample, ours, "", exceptions, dataMaps, differences);
        assertTrue(differences.isEmpty(), "differences from AWS's sample:\n  " + String.join("\n  ", differences)
                + "\nours: " + ours.toPrettyString());
    }

    private static void compare(JsonNode sample, JsonNode ours, String path, Set<String> exceptions, Set<String> dataMaps,
            List<String> differences) {
        if (exceptions.contains(path)) {
            return;
        }
        String where = path.isEmpty() ? "(root)" : path;
        if (ours == null || ours.isMissingNode()) {
            differences.add(where + " is missing");
            return;
        }
        if (sample.getNodeType() != ours.getNodeType()) {
            differences.add(where + " is " + ours.getNodeType() + ", AWS sends " + sample.getNodeType());
            return;
        }
        if (sample.isObject() && dataMaps.contains(path)) {
            if (sample.size() > 0 && ours.size() == 0) {
                differences.add(where + " is empty");
            }
            if (sample.size() > 0) {
                JsonNode sampleValue = sample.properties().iterator().next().getValue();
                for (Map.Entry<String, JsonNode> entry : ours.properties()) {
                    compare(sampleValue, entry.getValue(), path + "." + entry.getKey(), Set.of(), Set.of(), differences);
                }
            }
        } else if (sample.isObject()) {
            for (Map.Entry<String, JsonNode> field : sample.properties()) {
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                compare(field.getValue(), ours.get(field.getKey()), child, exceptions, dataMaps, differences);
            }
        } else if (sample.isArray() && sample.size() > 0) {
            if (ours.size() == 0) {
                differences.add(where + " is empty");
            } else {
                compare(sample.get(0), ours.get(0), path + "[0]", exceptions, dataMaps, differences);
            }
        }
    }
}
