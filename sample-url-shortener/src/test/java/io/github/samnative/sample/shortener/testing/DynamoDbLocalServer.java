package io.github.samnative.sample.shortener.testing;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import io.github.samnative.sample.shortener.links.LinkRepository;
import io.github.samnative.sample.shortener.testing.RootTemplate.KeyAttribute;
import io.github.samnative.sample.shortener.wiring.DynamoDbClients;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

/**
 * DynamoDB Local as an HTTP server inside the test JVM, started once for all test classes. The
 * handlers reach it through the same client the functions build (url-connection-client, endpoint
 * override), so the tests cross the same wire as Lambda does. Each test gets a fresh table with the
 * key schema of {@code LinksTable} in the root template.
 */
public final class DynamoDbLocalServer {

    public static final String REGION = "us-east-1";

    private static final AtomicInteger TABLES = new AtomicInteger();

    private final URI endpoint;
    private final DynamoDbClient client;

    private DynamoDbLocalServer(URI endpoint) {
        this.endpoint = endpoint;
        this.client = DynamoDbClients.create(REGION, Optional.of(endpoint),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
    }

    private static final class Holder {
        static final DynamoDbLocalServer INSTANCE = start();
    }

    public static DynamoDbLocalServer shared() {
        return Holder.INSTANCE;
    }

    public URI endpoint() {
        return endpoint;
    }

    public DynamoDbClient client() {
        return client;
    }

    /** A new, empty table shaped like the template's LinksTable, and a repository on it. */
    public LinkRepository newLinksTable() {
        List<KeyAttribute> keys = RootTemplate.load().keySchema("LinksTable");
        String name = "links-" + TABLES.incrementAndGet();
        client.createTable(request -> request
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(keys.stream()
                        .map(key -> AttributeDefinition.builder().attributeName(key.name()).attributeType(key.type()).build())
                        .collect(Collectors.toList()))
                .keySchema(keys.stream()
                        .map(key -> KeySchemaElement.builder().attributeName(key.name()).keyType(key.keyType()).build())
                        .collect(Collectors.toList())));
        return new LinkRepository(client, name);
    }

    public long itemCount(String tableName) {
        return client.scan(request -> request.tableName(tableName).select("COUNT")).count();
    }

    private static DynamoDbLocalServer start() {
        // DynamoDB Local cannot pick a port itself (-port 0 is refused): take a free one and retry if
        // something else grabs it first.
        Exception last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = freePort();
            try {
                DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
                        new String[] {"-inMemory", "-sharedDb", "-disableTelemetry", "-port", Integer.toString(port)});
                server.start();
                return new DynamoDbLocalServer(URI.create("http://127.0.0.1:" + port));
            } catch (Exception e) {
                last = e;
            }
        }
        throw new IllegalStateException("DynamoDB Local did not start", last);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
