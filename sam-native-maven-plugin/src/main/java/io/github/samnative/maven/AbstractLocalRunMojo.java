package io.github.samnative.maven;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.build.SamNativeBuild;
import io.github.samnative.core.local.LogSink;
import io.github.samnative.core.local.environment.EnvVarsFile;
import io.github.samnative.core.process.ProcessRunner;
import io.github.samnative.core.process.SystemEnvironment;
import io.github.samnative.core.template.SamTemplate;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What invoke and start-api share: build when stale, the env-vars file, logs to stderr. */
abstract class AbstractLocalRunMojo extends AbstractSamNativeMojo {

    /** A file in the format of {@code sam local invoke --env-vars}: {"FunctionId": {...}, "Parameters": {...}}. */
    @Parameter(property = "sam-native.envVars")
    protected String envVars;

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
            logSummary(build.buildForPackage(template, inputs(), childCompiler(line -> getLog().info("  " + line))));
        }
        return template;
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
