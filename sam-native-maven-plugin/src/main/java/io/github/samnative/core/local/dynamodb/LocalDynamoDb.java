package io.github.samnative.core.local.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.template.TemplateTables;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * DynamoDB Local ({@code com.amazonaws:DynamoDBLocal}) as a child Java process for local runs: no
 * Docker, no AWS account. It listens on a port picked here, keeps its tables in memory or in a data
 * directory, and is ended with its process tree on {@link #close()} or when this JVM exits.
 *
 * <p>DynamoDB Local binds every interface of the machine (it has no option for the address);
 * {@link #endpoint()} is on the loopback address, which is what local functions use.
 */
public final class LocalDynamoDb implements AutoCloseable {

    /** The environment variable AWS SDKs (Java v2, Python, JavaScript v3, Go v2, ...) read for the endpoint. */
    public static final String ENDPOINT_VARIABLE = "AWS_ENDPOINT_URL_DYNAMODB";

    private static final int START_ATTEMPTS = 3;
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final int port;
    private final Optional<Path> dataDirectory;
    private final DynamoDbJsonApi api;
    private final Thread shutdownHook;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LocalDynamoDb(Process process, int port, Optional<Path> dataDirectory) {
        this.process = process;
        this.port = port;
        this.dataDirectory = dataDirectory;
        this.api = new DynamoDbJsonApi(endpoint());
        // Ctrl-C on a local run must not leave a DynamoDB Local behind holding the port and the data files.
        this.shutdownHook = new Thread(() -> stop(process), "sam-native-dynamodb-local-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts DynamoDB Local and returns once it answers requests.
     *
     * @throws SamNativeException when it cannot be started, exits, or does not answer in time
     */
    public static LocalDynamoDb start(LocalDynamoDbSettings settings) throws SamNativeException {
        Path workingDirectory = workingDirectory(settings);
        SamNativeException last = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            int port = settings.ports().getAsInt();
            List<String> command = ServerCommand.of(settings, port);
            Process process;
            try {
                process = settings.launcher().start(command, workingDirectory);
            } catch (IOException e) {
                throw new SamNativeException("Cannot start DynamoDB Local with " + settings.java() + ": " + e.getMessage()
                        + ".\n  Fix: check that this is a Java 17+ executable.", e);
            }
            OutputTail output = OutputTail.follow(process.getInputStream(), settings.output(),
                    "sam-native-dynamodb-local-output");
            LocalDynamoDb database = new LocalDynamoDb(process, port, settings.dataDirectory());
            try {
                database.awaitReady(settings.startTimeout(), output);
                return database;
            } catch (PortTaken e) {
                database.close();
                last = new SamNativeException("DynamoDB Local could not listen on port " + port
                        + " (another program took it). Tried " + attempt + " port(s).\n  Fix: stop programs that take"
                        + " many ports, then start again.");
            } catch (SamNativeException | RuntimeException e) {
                database.close();
                throw e;
            }
        }
        throw last;
    }

    /** {@code http://127.0.0.1:<port>}: what SDK clients use as their endpoint. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public Optional<Path> dataDirectory() {
        return dataDirectory;
    }

    /**
     * What a function's environment needs to reach this DynamoDB instead of AWS's. Clients also need
     * a region and credentials (any values: {@code -sharedDb} gives every key the same tables).
     */
    public Map<String, String> clientEnvironment() {
        return Map.of(ENDPOINT_VARIABLE, endpoint().toString());
    }

    /** Creates each table, keeping any that the data directory already has. */
    public List<TableOutcome> ensureTables(List<TemplateTables.Table> tables) throws SamNativeException {
        List<TableOutcome> outcomes = new ArrayList<>();
        for (TemplateTables.Table table : tables) {
            try {
                outcomes.add(ensureTable(table.tableName(), table.createTableRequest()));
            } catch (SamNativeException e) {
                throw new SamNativeException(table.location().describe() + ", table " + table.logicalId() + ": "
                        + e.getMessage(), e);
            }
        }
        return outcomes;
    }

    /**
     * Creates a table from a DynamoDB {@code CreateTable} request. An existing table of that name is
     * kept with its items; should its key schema differ from the request, the outcome warns.
     */
    public TableOutcome ensureTable(String tableName, String createTableRequest) throws SamNativeException {
        DynamoDbJsonApi.Response created = call("CreateTable", createTableRequest);
        if (created.ok()) {
            return new TableOutcome(tableName, TableOutcome.Status.CREATED, Optional.empty());
        }
        if (!created.errorType().equals("ResourceInUseException")) {
            throw new SamNativeException("DynamoDB Local refused to create the table '" + tableName + "': "
                    + created.errorType() + ": " + created.errorMessage()
                    + "\n  Fix: correct the table's definition in the template.");
        }
        DynamoDbJsonApi.Response described = call("DescribeTable",
                JSON.createObjectNode().put("TableName", tableName).toString());
        Optional<String> warning = Optional.empty();
        try {
            JsonNode wanted = JSON.readTree(createTableRequest).path("KeySchema");
            JsonNode existing = described.body().path("Table").path("KeySchema");
            if (!keys(wanted).equals(keys(existing))) {
                warning = Optional.of("The table '" + tableName + "' kept from " + dataDirectory.map(Path::toString)
                        .orElse("an earlier run") + " has the key " + keys(existing) + ", but the template declares "
                        + keys(wanted) + ". Delete the data directory (or the table) to create it anew.");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("createTableRequest is not JSON: " + createTableRequest, e);
        }
        return new TableOutcome(tableName, TableOutcome.Status.KEPT, warning);
    }

    /** Ends DynamoDB Local and anything it started; a data directory is flushed first. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hook runs stop() itself.
        }
        stop(process);
    }

    private static void awaitOutput(OutputTail output) {
        try {
            output.awaitEnd(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady(Duration timeout, OutputTail output) throws SamNativeException, PortTaken {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                awaitOutput(output);
                if (output.mentions("Address already in use") || output.mentions("BindException")) {
                    throw new PortTaken();
                }
                throw new SamNativeException("DynamoDB Local exited (code " + process.exitValue() + ") before it"
                        + " answered. It printed:\n" + indent(output.lines())
                        + "\n  Fix: check that the Java running it is 17 or newer and that its jars are complete.");
            }
            try {
                if (api.call("ListTables", "{}").ok()) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SamNativeException("Interrupted while waiting for DynamoDB Local to start.", e);
            }
            if (System.nanoTime() > deadline) {
                throw new SamNativeException("DynamoDB Local did not answer on port " + port + " within "
                        + timeout.toSeconds() + " s. It printed:\n" + indent(output.lines())
                        + "\n  Fix: check the output above; on a slow machine, allow it more time.");
            }
            sleep(POLL_INTERVAL);
        }
    }

    private DynamoDbJsonApi.Response call(String operation, String body) throws SamNativeException {
        try {
            return api.call(operation, body);
        } catch (IOException e) {
            throw new SamNativeException("DynamoDB Local on " + endpoint() + " did not answer " + operation + ": "
                    + e.getMessage() + (process.isAlive() ? "" : " (it has exited with code " + process.exitValue() + ")")
                    + ".\n  Fix: start the local run again.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SamNativeException("Interrupted while calling DynamoDB Local.", e);
        }
    }

    /**
     * SIGTERM first, so the JVM's shutdown closes the database files of a data directory cleanly;
     * SIGKILL if it does not end in time. Descendants are listed first: once their parent is gone
     * they are re-parented and out of reach.
     */
    private static void stop(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        descendants.forEach(ProcessHandle::destroyForcibly);
    }

    private static Path workingDirectory(LocalDynamoDbSettings settings) throws SamNativeException {
        if (settings.dataDirectory().isEmpty()) {
            return Path.of(System.getProperty("java.io.tmpdir"));
        }
        // DynamoDB Local only prints an error for a missing -dbPath directory and goes on without one.
        Path directory = settings.dataDirectory().get().toAbsolutePath();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new SamNativeException("Cannot create the DynamoDB Local data directory " + directory + ": " + e
                    + ".\n  Fix: choose a directory you can write to, or leave it out to keep the tables in memory.", e);
        }
        return directory;
    }

    private static Set<String> keys(JsonNode keySchema) {
        Set<String> keys = new HashSet<>();
        keySchema.forEach(key -> keys.add(key.path("AttributeName").asText() + " " + key.path("KeyType").asText()));
        return keys;
    }

    private static String indent(List<String> lines) {
        if (lines.isEmpty()) {
            return "    (nothing)";
        }
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append("    ").append(line);
        }
        return text.toString();
    }

    private static void sleep(Duration duration) throws SamNativeException {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SamNativeException("Interrupted while waiting for DynamoDB Local to start.", e);
        }
    }

    /** The chosen port was taken between choosing it and DynamoDB Local binding it. */
    private static final class PortTaken extends Exception {
        private static final long serialVersionUID = 1L;

        PortTaken() {
            super(null, null, false, false);
        }
    }
}
