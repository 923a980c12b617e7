package io.github.samnative.maven;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.local.LocalApiServer;
import io.github.samnative.core.local.LocalInvoker;
import io.github.samnative.core.local.LocalOptions;
import java.util.Map;
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
@Mojo(name = "start-api", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class StartApiMojo extends AbstractLocalRunMojo {

    @Parameter(property = "sam-native.port", defaultValue = "3000")
    protected int port;

    @Parameter(property = "sam-native.host", defaultValue = LocalApiServer.DEFAULT_HOST)
    protected String host;

    @Override
    public void execute() throws MojoFailureException {
        try {
            CountDownLatch stopped = new CountDownLatch(1);
            try (LocalInvoker invoker = LocalInvoker.start(buildIfNeeded(), envVarsFile(), Map.of(),
                    LocalOptions.defaults().withLog(stderrLog()));
                 LocalApiServer server = LocalApiServer.start(invoker, host, port)) {
                Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "sam-native-start-api-stop"));
                System.out.println(server.routesTable());
                System.out.println("sam-native: serving " + server.baseUrl() + " (Ctrl-C to stop)");
                System.out.flush();
                stopped.await();
            }
        } catch (SamNativeException e) {
            throw failure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
