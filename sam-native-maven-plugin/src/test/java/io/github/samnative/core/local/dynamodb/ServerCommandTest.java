package io.github.samnative.core.local.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerCommandTest {

    private final LocalDynamoDbSettings settings = LocalDynamoDbSettings.of(Path.of("/opt/jdk/bin/java"),
            List.of(Path.of("/repo/DynamoDBLocal-2.6.1.jar"), Path.of("/repo/sqlite4java-1.0.392.jar")));

    @Test
    void inMemoryWithOneSharedDatabaseAndNoTelemetry() {
        assertEquals(List.of("/opt/jdk/bin/java", "-cp",
                        "/repo/DynamoDBLocal-2.6.1.jar" + File.pathSeparator + "/repo/sqlite4java-1.0.392.jar",
                        "com.amazonaws.services.dynamodbv2.local.main.ServerRunner",
                        "-inMemory", "-sharedDb", "-disableTelemetry", "-port", "8123"),
                ServerCommand.of(settings, 8123));
    }

    @Test
    void aDataDirectoryIsPassedAsAnAbsoluteDbPath() {
        List<String> command = ServerCommand.of(settings.withDataDirectory(Path.of("/data/links")), 9000);

        assertEquals(List.of("-dbPath", "/data/links", "-sharedDb", "-disableTelemetry", "-port", "9000"),
                command.subList(4, command.size()));
    }
}
