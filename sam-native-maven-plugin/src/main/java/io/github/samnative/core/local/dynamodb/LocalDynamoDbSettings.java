package io.github.samnative.core.local.dynamodb;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

/**
 * How to run DynamoDB Local: with which Java and jars, where its data lives, and the seams tests
 * replace (process start, port choice, output).
 *
 * @param java the {@code java} executable that runs it
 * @param classpath the jars of {@code com.amazonaws:DynamoDBLocal} and its dependencies
 * @param dataDirectory where tables are kept across runs; empty keeps them in memory only
 * @param startTimeout how long to wait for it to answer
 * @param output receives each line it prints
 * @param ports picks the port for the next start (DynamoDB Local cannot pick one itself)
 * @param launcher starts the process (stdout and stderr merged)
 */
public record LocalDynamoDbSettings(
        Path java,
        List<Path> classpath,
        Optional<Path> dataDirectory,
        Duration startTimeout,
        Consumer<String> output,
        IntSupplier ports,
        Launcher launcher) {

    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(60);

    /** Starts a process from its command line; the real one is {@link #system()}. */
    @FunctionalInterface
    public interface Launcher {
        Process start(List<String> command, Path workingDirectory) throws IOException;

        static Launcher system() {
            return (command, workingDirectory) -> {
                Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                        .redirectErrorStream(true).start();
                process.getOutputStream().close();
                return process;
            };
        }
    }

    public LocalDynamoDbSettings {
        Objects.requireNonNull(java, "java");
        classpath = List.copyOf(classpath);
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(startTimeout, "startTimeout");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(launcher, "launcher");
        if (classpath.isEmpty()) {
            throw new IllegalArgumentException("the classpath of DynamoDB Local is empty");
        }
    }

    /** In memory, output discarded, a free loopback port, the real process launcher. */
    public static LocalDynamoDbSettings of(Path java, List<Path> classpath) {
        return new LocalDynamoDbSettings(java, classpath, Optional.empty(), DEFAULT_START_TIMEOUT, line -> { },
                LocalDynamoDbSettings::freeLoopbackPort, Launcher.system());
    }

    public LocalDynamoDbSettings withDataDirectory(Path directory) {
        return new LocalDynamoDbSettings(java, classpath, Optional.of(directory), startTimeout, output, ports, launcher);
    }

    public LocalDynamoDbSettings withOutput(Consumer<String> value) {
        return new LocalDynamoDbSettings(java, classpath, dataDirectory, startTimeout, value, ports, launcher);
    }

    public LocalDynamoDbSettings withStartTimeout(Duration value) {
        return new LocalDynamoDbSettings(java, classpath, dataDirectory, value, output, ports, launcher);
    }

    public LocalDynamoDbSettings withPorts(IntSupplier value) {
        return new LocalDynamoDbSettings(java, classpath, dataDirectory, startTimeout, output, value, launcher);
    }

    public LocalDynamoDbSettings withLauncher(Launcher value) {
        return new LocalDynamoDbSettings(java, classpath, dataDirectory, startTimeout, output, ports, value);
    }

    /**
     * A port nothing listens on right now. Another program could take it before DynamoDB Local
     * binds it; {@link LocalDynamoDb#start} then tries another.
     */
    static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port on the loopback interface", e);
        }
    }
}
