package io.github.samnative.maven;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.local.LocalApiServer;
import io.github.samnative.core.local.LocalFunction;
import io.github.samnative.core.local.LocalInvoker;
import io.github.samnative.core.local.LocalOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Serves the template's Api and HttpApi routes on localhost, Docker-free: each request runs the
 * function's real bootstrap (warm environments, more when requests overlap). Ctrl-C stops it and
 * every child process.
 */
@Mojo(name = "start-api", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class StartApiMojo extends AbstractLocalRunMojo {

    @Parameter(property = "sam-native.port", defaultValue = "3000")
    protected int port;

    @Parameter(property = "sam-native.host", defaultValue = LocalApiServer.DEFAULT_HOST)
    protected String host;

    /**
     * {@code LAZY}: a function's first environment starts with its first request (a cold start), as on
     * Lambda. {@code EAGER}: one environment of every function starts before the API is served, as
     * with {@code sam local start-api --warm-containers EAGER}, so first requests are warm.
     */
    @Parameter(property = "sam-native.warmEnvironments", defaultValue = "LAZY")
    protected String warmEnvironments;

    /** A text file printed once the API is up, e.g. curl lines to try it; {@code ${baseUrl}} is replaced. */
    @Parameter(property = "sam-native.banner")
    protected File banner;

    @Override
    public void execute() throws MojoFailureException {
        boolean eager = eager();
        try {
            CountDownLatch stopped = new CountDownLatch(1);
            try (LocalRun run = startLocalRun(buildIfNeeded(), stderrLog());
                 LocalApiServer server = LocalApiServer.start(run.invoker(), host, port)) {
                if (eager) {
                    startEnvironmentsAhead(run.invoker());
                }
                Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "sam-native-start-api-stop"));
                System.out.println(server.routesTable());
                if (banner != null && banner.isFile()) {
                    System.out.println(Files.readString(banner.toPath()).replace("${baseUrl}", server.baseUrl()));
                }
                System.out.println("sam-native: serving " + server.baseUrl() + " (Ctrl-C to stop)");
                System.out.flush();
                stopped.await();
            }
        } catch (SamNativeException e) {
            throw failure(e);
        } catch (IOException e) {
            throw new MojoFailureException("Cannot read the banner " + banner + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean eager() throws MojoFailureException {
        switch (warmEnvironments.trim().toUpperCase(Locale.ROOT)) {
            case "EAGER":
                return true;
            case "LAZY":
                return false;
            default:
                throw new MojoFailureException("sam-native.warmEnvironments is '" + warmEnvironments + "'.\n  Fix: use"
                        + " EAGER (one environment of every function started before serving) or LAZY (the default:"
                        + " started by the first request), as sam local start-api --warm-containers takes them.");
        }
    }

    private void startEnvironmentsAhead(LocalInvoker invoker) throws SamNativeException, InterruptedException {
        List<String> functions = new ArrayList<>();
        for (LocalFunction function : invoker.functions()) {
            functions.add(function.logicalId());
        }
        int atOnce = Runtime.getRuntime().availableProcessors();
        System.out.println("sam-native: starting an execution environment of each of " + functions.size()
                + " function(s) before serving, " + atOnce + " at a time (warmEnvironments=EAGER)");
        System.out.flush();
        // An environment whose init outlasts Lambda's limit is stopped at that limit, which ends its wait.
        List<String> warm = invoker.startAhead(functions, atOnce, LocalOptions.LAMBDA_INIT_LIMIT.plusSeconds(5));
        List<String> cold = new ArrayList<>(functions);
        cold.removeAll(warm);
        System.out.println("sam-native: " + warm.size() + " of " + functions.size() + " function(s) warm"
                + (cold.isEmpty() ? "" : "; started by their first request: " + String.join(", ", cold)));
    }
}
