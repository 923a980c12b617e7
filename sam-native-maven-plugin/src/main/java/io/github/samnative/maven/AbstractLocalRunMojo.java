package io.github.samnative.maven;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.build.SamNativeBuild;
import io.github.samnative.core.local.LocalFunction;
import io.github.samnative.core.local.LocalFunctions;
import io.github.samnative.core.local.LocalInvoker;
import io.github.samnative.core.local.LocalOptions;
import io.github.samnative.core.local.LogSink;
import io.github.samnative.core.local.environment.EnvVarsFile;
import io.github.samnative.core.process.ProcessRunner;
import io.github.samnative.core.process.SystemEnvironment;
import io.github.samnative.core.template.SamTemplate;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What invoke and start-api share: build when stale, the env-vars file, logs to stderr. */
abstract class AbstractLocalRunMojo extends AbstractSamNativeMojo {

    /** A file in the format of {@code sam local invoke --env-vars}: {"FunctionId": {...}, "Parameters": {...}}. */
    @Parameter(property = "sam-native.envVars")
    protected String envVars;

    /**
     * Start DynamoDB Local (resolved from Maven, run as a child process) with the template's tables,
     * and point the functions at it: AWS_ENDPOINT_URL_DYNAMODB, and !Ref to a table gives its name.
     */
    @Parameter(property = "sam-native.dynamodb", defaultValue = "false")
    protected boolean dynamodb;

    /** Keep DynamoDB Local's data in this directory across runs; in memory when not set. */
    @Parameter(property = "sam-native.dynamodbDataDir")
    protected String dynamodbDataDir;

    @Parameter(property = "sam-native.dynamodbLocalVersion", defaultValue = "2.6.1")
    protected String dynamodbLocalVersion;

    /**
     * How many execution environments (bootstrap processes) of one function may run at once; more
     * overlapping requests wait for a free one, where Lambda would start more (up to the account's
     * concurrency). Each is a process of its own: on a small machine, fewer can serve more. By default
     * one more than the processors, between 2 and 8.
     */
    @Parameter(property = "sam-native.maxEnvironments")
    protected Integer maxEnvironments;

    /** Run the bootstraps in .aws-sam/build as they are, without checking that they are current. */
    @Parameter(property = "sam-native.skipBuild", defaultValue = "false")
    protected boolean skipBuild;

    /**
     * Builds what is missing or stale (a no-op when the cache holds the current build), then
     * returns the template the local run serves.
     */
    protected SamTemplate buildIfNeeded() throws SamNativeException, MojoFailureException {
        SamTemplate template = loadTemplate();
        if (!skipBuild) {
            SamNativeBuild build = new SamNativeBuild(settings(), ProcessRunner.system(), SystemEnvironment.system(), mavenLog());
            logSummary(build.buildForPackage(template, inputs(), lifecycleCompiler(line -> getLog().info("  " + line))));
        }
        return template;
    }

    /**
     * Starts the local services asked for and the functions' invoker; closing the result stops
     * both, and every child process with them.
     */
    protected LocalRun startLocalRun(SamTemplate template, LogSink log) throws SamNativeException {
        LocalOptions options = LocalOptions.defaults().withLog(log);
        if (maxEnvironments != null) {
            if (maxEnvironments < 1) {
                throw new SamNativeException("sam-native.maxEnvironments is " + maxEnvironments + "; it must be at least 1"
                        + " (one execution environment per function serves requests one at a time).");
            }
            options = options.withMaxEnvironmentsPerFunction(maxEnvironments);
        }
        EnvVarsFile variables = envVarsFile();
        if (!dynamodb) {
            return new LocalRun(LocalInvoker.start(template, variables, Map.of(), options), null);
        }
        LocalDynamoDbStarter.Started local = LocalDynamoDbStarter.start(template, dynamodbLocalVersion, dynamodbDataDir,
                repositorySystem, repositorySession, remoteRepositories, log);
        try {
            List<LocalFunction> functions = LocalFunctions.fromTemplate(template, LocalFunctions.defaultBuildDirectory(template),
                    variables, local.tableNames(), options.effectiveRegion(), log);
            return new LocalRun(LocalInvoker.start(LocalFunctions.withVariables(functions, local.variables()), options),
                    local.server());
        } catch (RuntimeException e) {
            local.server().close();
            throw e;
        }
    }

    /** The functions' invoker and the local services it needs. */
    protected record LocalRun(LocalInvoker invoker, AutoCloseable services) implements AutoCloseable {
        @Override
        public void close() {
            invoker.close();
            if (services != null) {
                try {
                    services.close();
                } catch (Exception e) {
                    // stopping is best effort; the services' own shutdown hooks follow
                }
            }
        }
    }

    protected EnvVarsFile envVarsFile() throws SamNativeException {
        if (envVars == null || envVars.isBlank()) {
            return EnvVarsFile.empty();
        }
        Path file = Paths.get(envVars);
        return EnvVarsFile.read(file.isAbsolute() ? file : project.getBasedir().toPath().resolve(file));
    }

    /** Function output and Lambda's START/END/REPORT lines go to stderr, so stdout stays the response. */
    protected static LogSink stderrLog() {
        PrintStream err = System.err;
        return new LogSink() {
            @Override
            public synchronized void line(String text) {
                err.println(text);
            }

            @Override
            public synchronized void warning(String text) {
                err.println("WARNING: " + text);
            }
        };
    }
}
