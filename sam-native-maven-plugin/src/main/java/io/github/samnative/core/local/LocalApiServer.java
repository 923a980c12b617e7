package io.github.samnative.core.local;

import com.sun.net.httpserver.HttpServer;
import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.local.apigateway.ApiGatewayHandler;
import io.github.samnative.core.local.apigateway.Route;
import io.github.samnative.core.local.apigateway.RouteTable;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The local API Gateway of {@code sam-native:start-api}: serves every {@code Api} and {@code HttpApi}
 * route of the template on one host and port, each request handled by the functions of a
 * {@link LocalInvoker}, with that invoker's options (log, clock).
 */
public final class LocalApiServer implements AutoCloseable {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3000;

    private final HttpServer server;
    private final ExecutorService handlerThreads;
    private final LocalInvoker invoker;
    private final RouteTable routes;
    private final String baseUrl;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LocalApiServer(HttpServer server, ExecutorService handlerThreads, LocalInvoker invoker, RouteTable routes,
            String baseUrl) {
        this.server = server;
        this.handlerThreads = handlerThreads;
        this.invoker = invoker;
        this.routes = routes;
        this.baseUrl = baseUrl;
    }

    /**
     * Starts serving. The server owns the invoker from now on: {@link #close()} closes it too.
     *
     * @param port 0 picks a free port
     * @throws SamNativeException when the template has no routes or the port cannot be opened
     */
    public static LocalApiServer start(LocalInvoker invoker, String host, int port)
            throws SamNativeException {
        LocalOptions options = invoker.options();
        RouteTable routes = RouteTable.of(invoker.functions());
        if (routes.isEmpty()) {
            throw new SamNativeException("No function has an Api or HttpApi event, so start-api has nothing to serve."
                    + "\n  Fix: add an event of Type Api or HttpApi under a function's Events, or call the function"
                    + " with sam-native:invoke.");
        }
        HttpServer server;
        try {
            server = LocalHttpServers.create(new InetSocketAddress(host, port));
        } catch (BindException e) {
            throw new SamNativeException("Cannot serve the API on " + host + ":" + port + ": " + e.getMessage()
                    + ".\n  Fix: stop the program using that port, or choose another port.", e);
        } catch (IOException e) {
            throw new SamNativeException("Cannot serve the API on " + host + ":" + port + ": " + e.getMessage()
                    + ".\n  Fix: use a host name or address of this machine, such as 127.0.0.1.", e);
        }
        ExecutorService handlerThreads = LocalHttpServers.handlerThreads("sam-native-api");
        server.createContext("/", new ApiGatewayHandler(routes, invoker, options.clock(), options.log()));
        server.setExecutor(handlerThreads);
        server.start();
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        for (String conflict : routes.conflicts()) {
            options.log().warning("sam-native: " + conflict);
        }
        return new LocalApiServer(server, handlerThreads, invoker, routes,
                "http://" + shownHost + ":" + server.getAddress().getPort());
    }

    /** {@code http://host:port}, without a trailing slash; routes are served from its root. */
    public String baseUrl() {
        return baseUrl;
    }

    public List<Route> routes() {
        return routes.routes();
    }

    /** One line per route (method, path, function, API type), then the base URL. */
    public String routesTable() {
        return routes.render(baseUrl);
    }

    /** Stops serving, then stops every function's execution environments. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        handlerThreads.shutdownNow();
        invoker.close();
    }
}
