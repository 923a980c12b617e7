package io.github.samnative.sample.shortener.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The DynamoDB client's HTTP layer against a stand-in DynamoDB on 127.0.0.1 that records what
 * reaches it: the signed request must arrive as signed, and a call on a kept-alive connection must
 * not be preceded by the JDK's 1 ms liveness probe (which the JDK announces in its FINEST log).
 */
class BufferedBodyHttpClientTest {

    /** Where {@code sun.net.www.http.HttpClient} logs "HttpClient.available(): ..." for each probe. */
    private static final String JDK_HTTP_LOGGER = "sun.net.www.protocol.http.HttpURLConnection";

    private record Received(String method, Map<String, List<String>> headers, byte[] body, int clientPort) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<SdkHttpRequest> signed = new CopyOnWriteArrayList<>();
    private final List<String> probes = new CopyOnWriteArrayList<>();
    private final Logger jdkHttpLog = Logger.getLogger(JDK_HTTP_LOGGER);
    private final Handler probeRecorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getMessage() != null && record.getMessage().startsWith("HttpClient.available()")) {
                probes.add(record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private HttpServer server;

    @BeforeEach
    void startStandInDynamoDb() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
        jdkHttpLog.setLevel(Level.FINEST);
        jdkHttpLog.addHandler(probeRecorder);
    }

    @AfterEach
    void stop() {
        jdkHttpLog.removeHandler(probeRecorder);
        jdkHttpLog.setLevel(null);
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestHeaders(), body,
                exchange.getRemoteAddress().getPort()));
        byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    @Test
    void everySignedHeaderArrivesWithTheSignedValueAndTheBodyWithItsLength() {
        try (DynamoDbClient client = client(new BufferedBodyHttpClient(UrlConnectionHttpClient.create()))) {
            client.getItem(request -> request.tableName("links").key(Map.of("id", AttributeValue.fromS("abc1234"))));
        }

        assertEquals(1, received.size());
        Received request = received.get(0);
        SdkHttpRequest sent = signed.get(0);
        assertEquals("POST", request.method());
        List<String> signedHeaders = signedHeaderNames(request.headers().get("Authorization").get(0));
        assertTrue(signedHeaders.contains("host") && signedHeaders.contains("x-amz-date"), signedHeaders::toString);
        for (String name : signedHeaders) {
            assertEquals(sent.matchingHeaders(name), request.headers().get(name), "signed header " + name);
        }
        assertTrue(new String(request.body(), StandardCharsets.UTF_8).contains("\"abc1234\""));
        assertEquals(List.of(Integer.toString(request.body().length)), request.headers().get("Content-Length"));
    }

    @Test
    void aCallOnAKeptAliveConnectionIsNotProbedFirst() {
        try (DynamoDbClient client = client(new BufferedBodyHttpClient(UrlConnectionHttpClient.create()))) {
            callTwice(client);
        }

        assertEquals(received.get(0).clientPort(), received.get(1).clientPort(), "the connection was kept alive");
        assertEquals(List.of(), probes);
    }

    /** Shows what the class is for: url-connection-client alone streams the body and is probed first. */
    @Test
    void withoutItTheSecondCallIsProbedFirst() {
        try (DynamoDbClient client = client(UrlConnectionHttpClient.create())) {
            callTwice(client);
        }

        assertEquals(received.get(0).clientPort(), received.get(1).clientPort(), "the connection was kept alive");
        assertFalse(probes.isEmpty(), "the JDK logged no liveness probe");
    }

    private static void callTwice(DynamoDbClient client) {
        for (String id : List.of("first01", "second2")) {
            client.getItem(request -> request.tableName("links").key(Map.of("id", AttributeValue.fromS(id))));
        }
    }

    private DynamoDbClient client(SdkHttpClient httpClient) {
        return DynamoDbClient.builder()
                .httpClient(httpClient)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .overrideConfiguration(configuration -> configuration.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                        signed.add(context.httpRequest());
                    }
                }))
                .build();
    }

    /** {@code AWS4-HMAC-SHA256 Credential=..., SignedHeaders=a;b;c, Signature=...} → [a, b, c]. */
    private static List<String> signedHeaderNames(String authorization) {
        for (String part : authorization.split(",")) {
            String trimmed = part.trim();
            if (trimmed.startsWith("SignedHeaders=")) {
                return new ArrayList<>(Arrays.asList(trimmed.substring("SignedHeaders=".length()).split(";")));
            }
        }
        throw new AssertionError("no SignedHeaders in " + authorization);
    }
}
