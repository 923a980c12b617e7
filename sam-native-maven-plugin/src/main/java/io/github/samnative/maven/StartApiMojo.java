package io.github.samnative.maven;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.local.LocalApiServer;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
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

    /** A text file printed once the API is up, e.g. curl lines to try it; {@code ${baseUrl}} is replaced. */
    @Parameter(property = "sam-native.banner")
    protected File banner;

    @Override
    public void execute() throws MojoFailureException {
        try {
            CountDownLatch stopped = new CountDownLatch(1);
            try (LocalRun run = startLocalRun(buildIfNeeded(), stderrLog());
                 LocalApiServer server = LocalApiServer.start(run.invoker(), host, port)) {
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
}
