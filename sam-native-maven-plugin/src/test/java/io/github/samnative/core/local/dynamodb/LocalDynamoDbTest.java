package io.github.samnative.core.local.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.template.TemplateTables;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real DynamoDB Local, from this module's test classpath, as a child process. */
class LocalDynamoDbTest {

    private static final String LINKS_TEMPLATE = String.join("\n",
            "Transform: AWS::Serverless-2016-10-31",
            "Resources:",
            "  LinksTable:",
            "    Type: AWS::DynamoDB::Table",
            "    Properties:",
            "      BillingMode: PAY_PER_REQUEST",
            "      AttributeDefinitions: [{AttributeName: id, AttributeType: S}]",
            "      KeySchema: [{AttributeName: id, KeyType: HASH}]",
            "  Orders:",
            "    Type: AWS::DynamoDB::Table",
            "    Properties:",
            "      TableName: orders",
            "      AttributeDefinitions:",
            "        - {AttributeName: pk, AttributeType: S}",
            "        - {AttributeName: status, AttributeType: S}",
            "      KeySchema: [{AttributeName: pk, KeyType: HASH}]",
            "      GlobalSecondaryIndexes:",
            "        - IndexName: byStatus",
            "          KeySchema: [{AttributeName: status, KeyType: HASH}]",
            "          Projection: {ProjectionType: ALL}",
            "      StreamSpecification: {StreamViewType: NEW_IMAGE}",
            "  Sessions:",
            "    Type: AWS::Serverless::SimpleTable",
            "");

    private static LocalDynamoDb shared;

    @TempDir
    Path directory;

    @BeforeAll
    static void startShared() throws Exception {
        shared = LocalDynamoDb.start(settings());
    }

    @AfterAll
    static void stopShared() {
        if (shared != null) {
            shared.close();
        }
    }

    @Test
    void createsTheTablesOfATemplateAndAnswersOnTheLoopbackEndpoint() throws Exception {
        List<TemplateTables.Table> tables = TemplateTables.read(write(LINKS_TEMPLATE)).tables();

        List<TableOutcome> outcomes = shared.ensureTables(tables);

        assertEquals(List.of("LinksTable", "orders", "Sessions"),
                outcomes.stream().map(TableOutcome::tableName).collect(Collectors.toList()));
        outcomes.forEach(outcome -> assertEquals(TableOutcome.Status.CREATED, outcome.status()));
        assertEquals("http://127.0.0.1:" + shared.port(), shared.endpoint().toString());
        assertEquals(java.util.Map.of("AWS_ENDPOINT_URL_DYNAMODB", shared.endpoint().toString()),
                shared.clientEnvironment());
        JsonNode orders = api(shared).call("DescribeTable", "{\"TableName\":\"orders\"}").body().get("Table");
        assertEquals("byStatus", orders.get("GlobalSecondaryIndexes").get(0).get("IndexName").textValue());
        assertEquals("NEW_IMAGE", orders.get("StreamSpecification").get("StreamViewType").textValue());
        assertEquals("PAY_PER_REQUEST", api(shared).call("DescribeTable", "{\"TableName\":\"Sessions\"}").body()
                .get("Table").get("BillingModeSummary").get("BillingMode").textValue());
    }

    @Test
    void aTableDynamoDbLocalRefusesIsReportedWithItsReasonAndTemplateLine() throws Exception {
        List<TemplateTables.Table> tables = TemplateTables.read(write(String.join("\n",
                "Resources:",
                "  Broken:",
                "    Type: AWS::DynamoDB::Table",
                "    Properties:",
                "      BillingMode: PAY_PER_REQUEST",
                "      AttributeDefinitions: [{AttributeName: id, AttributeType: S}]",
                "      KeySchema: [{AttributeName: other, KeyType: HASH}]"))).tables();

        SamNativeException e = assertThrows(SamNativeException.class, () -> shared.ensureTables(tables));

        assertTrue(e.getMessage().startsWith(directory.resolve("template.yaml") + ", line 2, table Broken:"), e.getMessage());
        assertTrue(e.getMessage().contains("refused to create the table 'Broken': ValidationException"), e.getMessage());
        assertTrue(e.getMessage().contains("Fix: correct the table's definition"), e.getMessage());
    }

    @Test
    void aDataDirectoryKeepsTablesAndItemsAcrossRestarts() throws Exception {
        Path data = directory.resolve("data/dynamodb");
        List<TemplateTables.Table> tables = TemplateTables.read(write(LINKS_TEMPLATE)).tables();
        try (LocalDynamoDb first = LocalDynamoDb.start(settings().withDataDirectory(data))) {
            assertEquals(TableOutcome.Status.CREATED, first.ensureTables(tables).get(0).status());
            assertTrue(api(first).call("PutItem", "{\"TableName\":\"LinksTable\","
                    + "\"Item\":{\"id\":{\"S\":\"kept123\"},\"url\":{\"S\":\"https://example.com/\"}}}").ok());
        }

        try (LocalDynamoDb second = LocalDynamoDb.start(settings().withDataDirectory(data))) {
            List<TableOutcome> outcomes = second.ensureTables(tables);

            outcomes.forEach(outcome -> assertEquals(TableOutcome.Status.KEPT, outcome.status(), outcome.tableName()));
            outcomes.forEach(outcome -> assertEquals(Optional.empty(), outcome.warning(), outcome.tableName()));
            JsonNode item = api(second).call("GetItem", "{\"TableName\":\"LinksTable\",\"Key\":{\"id\":{\"S\":\"kept123\"}}}")
                    .body().get("Item");
            assertEquals("https://example.com/", item.get("url").get("S").textValue());

            TableOutcome changed = second.ensureTable("LinksTable", "{\"TableName\":\"LinksTable\","
                    + "\"AttributeDefinitions\":[{\"AttributeName\":\"slug\",\"AttributeType\":\"S\"}],"
                    + "\"KeySchema\":[{\"AttributeName\":\"slug\",\"KeyType\":\"HASH\"}],\"BillingMode\":\"PAY_PER_REQUEST\"}");
            assertEquals(TableOutcome.Status.KEPT, changed.status());
            assertTrue(changed.warning().orElseThrow().contains("has the key [id HASH], but the template declares"
                    + " [slug HASH]"), changed.warning().orElseThrow());
        }
    }

    @Test
    void closeEndsTheProcessAndFreesThePortAndInMemoryTablesAreGoneAfterwards() throws Exception {
        String sessions = "{\"TableName\":\"Sessions\",\"AttributeDefinitions\":[{\"AttributeName\":\"id\","
                + "\"AttributeType\":\"S\"}],\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}],"
                + "\"BillingMode\":\"PAY_PER_REQUEST\"}";
        LocalDynamoDb first = LocalDynamoDb.start(settings());
        ProcessHandle process = ProcessHandle.of(first.pid()).orElseThrow();
        int port = first.port();
        assertEquals(TableOutcome.Status.CREATED, first.ensureTable("Sessions", sessions).status());

        first.close();
        first.close();

        assertFalse(process.isAlive());
        assertFalse(listening(port), "port " + port + " still answers");
        try (LocalDynamoDb second = LocalDynamoDb.start(settings())) {
            assertEquals(TableOutcome.Status.CREATED, second.ensureTable("Sessions", sessions).status());
        }
    }

    @Test
    void aPortTakenBeforeDynamoDbLocalBindsItMakesItTryAnother() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("0.0.0.0", 0));
            List<Integer> offered = new CopyOnWriteArrayList<>();
            LocalDynamoDbSettings settings = settings().withPorts(() -> {
                int port = offered.isEmpty() ? taken.getLocalPort() : LocalDynamoDbSettings.freeLoopbackPort();
                offered.add(port);
                return port;
            });

            try (LocalDynamoDb database = LocalDynamoDb.start(settings)) {
                assertEquals(2, offered.size());
                assertEquals(offered.get(1), database.port());
                assertTrue(api(database).call("ListTables", "{}").ok());
            }
        }
    }

    @Test
    void aProcessThatExitsAtOnceIsReportedWithWhatItPrinted() {
        LocalDynamoDbSettings settings = settings().withLauncher((command, workingDirectory) ->
                new ProcessBuilder("sh", "-c", "echo 'Error: Could not find or load main class'; exit 3")
                        .redirectErrorStream(true).start());

        SamNativeException e = assertThrows(SamNativeException.class, () -> LocalDynamoDb.start(settings));

        assertTrue(e.getMessage().contains("DynamoDB Local exited (code 3) before it answered"), e.getMessage());
        assertTrue(e.getMessage().contains("    Error: Could not find or load main class"), e.getMessage());
    }

    @Test
    void aJavaThatCannotBeStartedIsNamed() {
        Path missing = directory.resolve("no-jdk/bin/java");
        LocalDynamoDbSettings settings = LocalDynamoDbSettings.of(missing, classpath());

        SamNativeException e = assertThrows(SamNativeException.class, () -> LocalDynamoDb.start(settings));

        assertTrue(e.getMessage().startsWith("Cannot start DynamoDB Local with " + missing), e.getMessage());
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsNamed() throws Exception {
        Path file = Files.writeString(directory.resolve("a-file"), "x");

        SamNativeException e = assertThrows(SamNativeException.class,
                () -> LocalDynamoDb.start(settings().withDataDirectory(file.resolve("data"))));

        assertTrue(e.getMessage().startsWith("Cannot create the DynamoDB Local data directory " + file.resolve("data")),
                e.getMessage());
    }

    /** Ctrl-C on a local run: the JVM's shutdown hook ends DynamoDB Local, so no orphan keeps the port. */
    @Test
    void terminatingTheJvmThatStartedItEndsItToo() throws Exception {
        Process jvm = new ProcessBuilder(java().toString(), "-cp", System.getProperty("java.class.path"),
                LocalRun.class.getName()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
            String line = output.readLine();
            assertTrue(line != null && line.startsWith("dynamodb-local pid "), "the local run reported: " + line);
            ProcessHandle child = ProcessHandle.of(Long.parseLong(line.substring("dynamodb-local pid ".length())))
                    .orElseThrow(() -> new AssertionError("DynamoDB Local should run while the local run does"));

            jvm.destroy();

            assertTrue(jvm.waitFor(60, TimeUnit.SECONDS), "the JVM ends on SIGTERM");
            child.onExit().get(30, TimeUnit.SECONDS);
            assertFalse(child.isAlive(), "pid " + child.pid() + " outlived its local run");
        } finally {
            jvm.destroyForcibly();
        }
    }

    /** A local run that keeps DynamoDB Local until it is terminated. */
    public static final class LocalRun {
        public static void main(String[] args) throws Exception {
            LocalDynamoDb database = LocalDynamoDb.start(settings());
            System.out.println("dynamodb-local pid " + database.pid());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    static LocalDynamoDbSettings settings() {
        return LocalDynamoDbSettings.of(java(), classpath());
    }

    /** The jars of this module's test classpath: DynamoDB Local and everything it needs are among them. */
    static List<Path> classpath() {
        List<Path> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                jars.add(Path.of(entry));
            }
        }
        assertTrue(jars.stream().anyMatch(jar -> jar.getFileName().toString().startsWith("DynamoDBLocal-")),
                "DynamoDBLocal is not on the test classpath: " + Arrays.toString(jars.toArray()));
        return jars;
    }

    private static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    private Path write(String template) throws IOException {
        return Files.writeString(directory.resolve("template.yaml"), template + "\n");
    }

    private static DynamoDbJsonApi api(LocalDynamoDb database) {
        return new DynamoDbJsonApi(database.endpoint());
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
