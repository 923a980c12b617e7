package io.github.samnative.sample.shortener.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.samnative.it.ItMaven;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The sample as a user runs it: {@code mvn sam-native:start-api -Dsam-native.dynamodb=true} (the
 * jvm-mode bootstraps built by this module's package phase, DynamoDB Local started by the plugin),
 * driven over real HTTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StartApiEndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());
    private Process maven;
    private String baseUrl;

    @BeforeAll
    void startApi() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        maven = new ProcessBuilder(ItMaven.mavenHome().resolve("bin/mvn").toString(), "-B",
                "-s", ItMaven.settings().toString(), "-Dmaven.repo.local=" + ItMaven.itRepository(),
                "sam-native:start-api", "-Dsam-native.dynamodb=true", "-Dsam-native.port=" + port)
                .directory(Path.of("").toAbsolutePath().toFile()).redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(maven.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null) {
            output.add(line);
            if (line.contains("sam-native: serving http://127.0.0.1:" + port)) {
                baseUrl = "http://127.0.0.1:" + port;
                break;
            }
        }
        assertTrue(baseUrl != null, () -> "start-api did not come up:\n" + String.join("\n", output));
        Thread drain = new Thread(() -> lines.lines().forEach(output::add));
        drain.setDaemon(true);
        drain.start();
    }

    @AfterAll
    void stopApi() throws Exception {
        if (maven == null) {
            return;
        }
        List<ProcessHandle> children = maven.descendants().toList();
        maven.destroy();
        assertTrue(maven.waitFor(60, TimeUnit.SECONDS), "start-api stops on SIGTERM");
        for (ProcessHandle child : children) {
            child.onExit().get(30, TimeUnit.SECONDS);
            assertFalse(child.isAlive(), "left behind: " + child.info().commandLine().orElse("" + child.pid()));
        }
    }

    /** Asserts a status, showing what the server and the functions logged when it differs. */
    private HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), () -> response.request().method() + " " + response.request().uri()
                + " answered " + response.body() + "\nstart-api output:\n" + String.join("\n", List.copyOf(output)));
        return response;
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void createRedirectDetailsListDeleteOverRealHttp() throws Exception {
        assertTrue(String.join("\n", output).contains("curl -i -X POST " + baseUrl + "/links"), "the banner shows curl lines");

        HttpResponse<String> created = expect(201, send("POST", "/links", "{\"url\":\"https://example.org/docs?page=1\",\"slug\":\"e2e-link\"}"));
        JsonNode link = JSON.readTree(created.body());
        assertEquals("e2e-link", link.get("id").asText());
        assertEquals("https://example.org/docs?page=1", link.get("url").asText());
        assertEquals(baseUrl + "/e2e-link", link.get("shortUrl").asText());
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/links/e2e-link"), created.headers()::toString);

        HttpResponse<String> redirect = expect(302, send("GET", "/e2e-link", null));
        assertEquals("https://example.org/docs?page=1", redirect.headers().firstValue("Location").orElse(""));

        HttpResponse<String> details = expect(200, send("GET", "/links/e2e-link", null));
        assertEquals(1, JSON.readTree(details.body()).get("visits").asInt());

        Set<String> expected = new HashSet<>(Set.of("e2e-link"));
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> more = expect(201, send("POST", "/links", "{\"url\":\"https://example.org/" + i + "\"}"));
            expected.add(JSON.readTree(more.body()).get("id").asText());
        }
        Set<String> listed = new HashSet<>();
        int pages = 0;
        String cursor = null;
        do {
            String query = "/links?limit=2" + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            HttpResponse<String> page = expect(200, send("GET", query, null));
            JsonNode body = JSON.readTree(page.body());
            body.get("items").forEach(item -> listed.add(item.get("id").asText()));
            assertTrue(body.get("items").size() <= 2);
            cursor = body.hasNonNull("nextCursor") ? body.get("nextCursor").asText() : null;
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(expected, listed);
        assertEquals(3, pages, "five links at two per page");

        expect(204, send("DELETE", "/links/e2e-link", null));
        expect(404, send("GET", "/e2e-link", null));
        expect(404, send("GET", "/links/e2e-link", null));
    }
}
