package io.github.samnative.maven;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.local.LogSink;
import io.github.samnative.core.local.dynamodb.LocalDynamoDb;
import io.github.samnative.core.local.dynamodb.LocalDynamoDbSettings;
import io.github.samnative.core.local.dynamodb.TableOutcome;
import io.github.samnative.core.template.SamTemplate;
import io.github.samnative.core.template.TemplateTables;
import java.io.File;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * Starts DynamoDB Local for a local run: its jars resolved from Maven repositories when asked for
 * (never a dependency of the plugin itself), the template's tables created, and what the functions
 * need to reach it.
 */
final class LocalDynamoDbStarter {

    /** A running DynamoDB Local and the variables and table names functions see. */
    record Started(LocalDynamoDb server, Map<String, String> variables, Map<String, String> tableNames) {}

    private LocalDynamoDbStarter() {}

    static Started start(SamTemplate template, String version, String dataDirectory, RepositorySystem system,
                         RepositorySystemSession session, List<RemoteRepository> repositories, LogSink log)
            throws SamNativeException {
        List<Path> classpath = resolve("com.amazonaws:DynamoDBLocal:" + version, system, session, repositories);
        LocalDynamoDbSettings settings = LocalDynamoDbSettings.of(
                Paths.get(System.getProperty("java.home"), "bin", "java"), classpath).withOutput(log::line);
        if (dataDirectory != null && !dataDirectory.isBlank()) {
            settings = settings.withDataDirectory(Paths.get(dataDirectory).toAbsolutePath());
        }
        TemplateTables.Found tables = TemplateTables.read(template.file());
        tables.skipped().forEach(log::warning);
        LocalDynamoDb server = LocalDynamoDb.start(settings);
        try {
            for (TableOutcome outcome : server.ensureTables(tables.tables())) {
                log.line("sam-native: DynamoDB Local table " + outcome.tableName() + ": "
                        + outcome.status().name().toLowerCase(java.util.Locale.ROOT));
                outcome.warning().ifPresent(log::warning);
            }
        } catch (SamNativeException e) {
            server.close();
            throw e;
        }
        Map<String, String> variables = new LinkedHashMap<>(server.clientEnvironment());
        // DynamoDB Local accepts any credentials; real ones from the user's environment still win.
        variables.put("AWS_ACCESS_KEY_ID", "local");
        variables.put("AWS_SECRET_ACCESS_KEY", "local");
        log.line("sam-native: DynamoDB Local at " + server.endpoint() + " ("
                + server.dataDirectory().map(d -> "data in " + d).orElse("in memory") + ")");
        return new Started(server, variables, tables.refValues());
    }

    private static List<Path> resolve(String coordinates, RepositorySystem system, RepositorySystemSession session,
                                      List<RemoteRepository> repositories) throws SamNativeException {
        CollectRequest collect = new CollectRequest(new Dependency(new DefaultArtifact(coordinates), "runtime"), repositories);
        try {
            return system.resolveDependencies(session, new DependencyRequest(collect, null)).getArtifactResults().stream()
                    .map(ArtifactResult::getArtifact).map(a -> a.getFile()).map(File::toPath).collect(Collectors.toList());
        } catch (DependencyResolutionException e) {
            throw new SamNativeException("Cannot resolve " + coordinates + " for the local DynamoDB: " + e.getMessage()
                    + ". Check the network or set -Dsam-native.dynamodbLocalVersion to a version in your repository.", e);
        }
    }
}
