package io.github.samnative.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code mvn sam-native:invoke} and {@code mvn sam-native:start-api} as a user runs them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalRunIT {

    private Path project;

    @BeforeAll
    void prepare() throws Exception {
        Path work = ItMaven.workDirectory("local-run");
        project = ItMaven.copyFixture("three-functions", work.resolve("orders"));
        assertTrue(ItMaven.mvn(project, "sam-native:makefile").succeeded());
        Path mvnConfig = project.resolve(".mvn/maven.config");
        Files.writeString(mvnConfig, Files.readString(mvnConfig)
                + "-Dsam-native.mode=jvm\n-Dsam-native.cacheDir=" + work.resolve("cache") + "\n");
        Files.writeString(project.resolve("order.json"),
                "{\"id\":\"o-9\",\"lines\":[{\"sku\":\"a\",\"quantity\":4,\"unitCents\":25}]}");
    }

    @Test
    void invokeBuildsWhenNeededAndPrintsTheResponseOnStdout() throws Exception {
        ItMaven.Result result = ItMaven.mvn(project, "-q", "sam-native:invoke",
                "-Dsam-native.function=TotalFunction", "-Dsam-native.event=order.json");
        assertTrue(result.succeeded(), result::toString);
        assertTrue(result.output().contains("{\"orderId\":\"o-9\",\"totalCents\":100,\"function\":\"TotalFunction\"}"),
                result::toString);
        assertTrue(result.output().lines().anyMatch(l -> l.contains("REPORT RequestId: ") && l.contains("Init Duration: ")),
                result::toString);
    }

    @Test
    void invokeFailsTheBuildWithTheErrorJsonWhenTheFunctionFails() throws Exception {
        Files.writeString(project.resolve("bad-order.json"), "{\"id\":\"o-1\",\"lines\":\"not a list\"}");
        ItMaven.Result result = ItMaven.mvn(project, "-q", "sam-native:invoke",
                "-Dsam-native.function=TotalFunction", "-Dsam-native.event=bad-order.json");
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.output().contains("\"errorType\""), result::toString);
        assertTrue(result.output().contains("Function TotalFunction returned an error (Runtime."), result::toString);
    }

    @Test
    void startApiRefusesAnUnknownWarmEnvironmentsValueBeforeStartingAnything() throws Exception {
        ItMaven.Result result = ItMaven.mvn(project, "sam-native:start-api", "-Dsam-native.warmEnvironments=sometimes");

        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.output().contains("sam-native.warmEnvironments is 'sometimes'."), result::toString);
        assertTrue(result.output().contains("Fix: use EAGER (one environment of every function started before serving) or LAZY"),
                result::toString);
        assertFalse(result.output().contains("sam-native: serving"), result::toString);
        assertFalse(result.output().contains("\tat io.github.samnative"), "no stack trace for a user mistake: " + result);
    }

    /** The first line that starts so, waiting up to 30 s for the output to bring it. */
    private static String awaitLine(List<String> lines, String start) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            synchronized (lines) {
                for (String line : lines) {
                    if (line.startsWith(start)) {
                        return line;
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no line starting with " + start + " in:\n" + String.join("\n", List.copyOf(lines)));
    }

    @Test
    void startApiWithEagerEnvironmentsServesTheRoutesUntilStoppedAndLeavesNoProcessBehind() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(ItMaven.mavenHome().resolve("bin/mvn").toString(),
                "sam-native:start-api", "-Dsam-native.port=" + port, "-Dsam-native.warmEnvironments=eager")
                .directory(project.toFile()).redirectErrorStream(true);
        Process maven = builder.start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(maven.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = output.readLine()) != null) {
                lines.add(line);
                if (line.contains("sam-native: serving http://127.0.0.1:" + port)) {
                    break;
                }
            }
            assertTrue(lines.stream().anyMatch(l -> l.contains("GET") && l.contains("/hello") && l.contains("GreetFunction")),
                    String.join("\n", lines));
            // Every function's environment finished its init before the API was announced.
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("[GreetFunction] INIT_REPORT Init Duration: ")), String.join("\n", lines));
            assertTrue(lines.stream().anyMatch(l -> l.matches("sam-native: (\\d+) of \\1 function\\(s\\) warm")), String.join("\n", lines));
            Thread drain = new Thread(() -> output.lines().forEach(lines::add));
            drain.setDaemon(true);
            drain.start();

            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> hello = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/hello?name=Lin"))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, hello.statusCode());
            assertEquals("Hello, Lin!", hello.body());
            String report = awaitLine(lines, "[GreetFunction] REPORT RequestId: ");
            assertFalse(report.contains("Init Duration"), "the first request went to the warm environment: " + report);
            assertEquals("text/plain", hello.headers().firstValue("Content-Type").orElse(""));
            HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/nope")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, missing.statusCode());
            assertEquals("{\"message\":\"Not Found\"}", missing.body());
        } finally {
            List<ProcessHandle> children = maven.descendants().toList();
            maven.destroy();
            assertTrue(maven.waitFor(60, TimeUnit.SECONDS), "start-api stops on SIGTERM");
            for (ProcessHandle child : children) {
                child.onExit().get(30, TimeUnit.SECONDS);
                assertFalse(child.isAlive(), "left behind: " + child.pid() + " " + child.info().commandLine().orElse(""));
            }
        }
    }
}
