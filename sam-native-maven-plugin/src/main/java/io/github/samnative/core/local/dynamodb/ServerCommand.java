package io.github.samnative.core.local.dynamodb;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The command line that starts DynamoDB Local as a server. */
final class ServerCommand {

    static final String MAIN_CLASS = "com.amazonaws.services.dynamodbv2.local.main.ServerRunner";

    private ServerCommand() {
    }

    /**
     * {@code -sharedDb} always: otherwise DynamoDB Local keeps one database per access key and
     * region, and functions given other dummy credentials than the ones that created the tables
     * would see none of them. {@code -disableTelemetry} always: it is on by default, costs a second
     * of start-up and phones home.
     */
    static List<String> of(LocalDynamoDbSettings settings, int port) {
        List<String> command = new ArrayList<>();
        command.add(settings.java().toString());
        command.add("-cp");
        command.add(settings.classpath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add(MAIN_CLASS);
        if (settings.dataDirectory().isPresent()) {
            command.add("-dbPath");
            command.add(settings.dataDirectory().get().toAbsolutePath().toString());
        } else {
            command.add("-inMemory");
        }
        command.add("-sharedDb");
        command.add("-disableTelemetry");
        command.add("-port");
        command.add(Integer.toString(port));
        return command;
    }
}
