package io.github.samnative.core.local;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Creates the JDK HTTP servers of local runs (the Runtime API of each environment and the API
 * Gateway front) so that all of them get TCP_NODELAY: without it, a response written as head and
 * body waits for the peer's delayed ACK and every invocation stalls by tens of milliseconds.
 */
public final class LocalHttpServers {

    /** Read once by the JDK when its first HTTP server is created, so it must be set before that. */
    static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";

    private LocalHttpServers() {
    }

    public static HttpServer create(InetSocketAddress address) throws IOException {
        if (System.getProperty(NODELAY_PROPERTY) == null) {
            System.setProperty(NODELAY_PROPERTY, "true");
        }
        return HttpServer.create(address, 0);
    }

    /**
     * Handler threads: one per open exchange, since {@code /next} and proxied API requests block for
     * as long as an invocation takes. Daemon threads, so that a forgotten close never keeps Maven alive.
     */
    public static ExecutorService handlerThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
