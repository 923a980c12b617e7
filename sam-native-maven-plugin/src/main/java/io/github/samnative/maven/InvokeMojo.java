package io.github.samnative.maven;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.local.InvokeResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Runs one function's built bootstrap once, Docker-free, against a local Runtime API: the
 * response body on stdout, logs and the REPORT line on stderr, a failed build when the function
 * returned an error.
 */
@Mojo(name = "invoke", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class InvokeMojo extends AbstractLocalRunMojo {

    /** The function to run (its LogicalId). */
    @Parameter(property = "sam-native.function")
    protected String function;

    /** The event: a JSON file, or {@code -} for standard input; {@code {}} when not given. */
    @Parameter(property = "sam-native.event")
    protected String event;

    @Override
    public void execute() throws MojoFailureException {
        if (function == null || function.isBlank()) {
            throw new MojoFailureException("Name the function to invoke: -Dsam-native.function=<LogicalId>.");
        }
        PrintStream out = System.out;
        try {
            byte[] payload = readEvent();
            InvokeResult result;
            try (LocalRun run = startLocalRun(buildIfNeeded(), stderrLog())) {
                result = run.invoker().invoke(function.trim(), payload);
            }
            out.println(result.payloadText());
            out.flush();
            if (result.failed()) {
                throw new MojoFailureException("Function " + function + " returned an error ("
                        + result.errorType().get() + "); its error JSON is above.");
            }
        } catch (SamNativeException e) {
            throw failure(e);
        }
    }

    private byte[] readEvent() throws SamNativeException {
        if (event == null || event.isBlank()) {
            return "{}".getBytes(StandardCharsets.UTF_8);
        }
        try {
            if (event.trim().equals("-")) {
                return System.in.readAllBytes();
            }
            Path file = Paths.get(event);
            Path resolved = file.isAbsolute() ? file : project.getBasedir().toPath().resolve(file);
            if (!Files.isRegularFile(resolved)) {
                throw new SamNativeException("The event file " + resolved + " (-Dsam-native.event) does not exist. "
                        + "Give a JSON file, or - to read the event from standard input.");
            }
            return Files.readAllBytes(resolved);
        } catch (IOException e) {
            throw new SamNativeException("Cannot read the event (" + event + "): " + e.getMessage(), e);
        }
    }
}
