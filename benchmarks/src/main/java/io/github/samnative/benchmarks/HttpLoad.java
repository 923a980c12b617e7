package io.github.samnative.benchmarks;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A small HTTP load generator: N clients, each with its own keep-alive connection, send GET
 * requests one after another; a warm-up phase, then a measured phase. Redirects are not followed.
 * Prints one Markdown row (see {@link LoadResult#markdownHeader()}) on stdout, progress on stderr.
 * <pre>java -cp benchmarks/target/classes io.github.samnative.benchmarks.HttpLoad --url http://127.0.0.1:3000/hello
 *     --clients 16 --warmup-seconds 20 --requests 20000 --max-seconds 30</pre>
 */
public final class HttpLoad {

    private HttpLoad() {}

    public static void main(String[] args) throws InterruptedException {
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("HttpLoad: " + e.getMessage());
            System.exit(2);
            return;
        }
        HttpRequest request = HttpRequest.newBuilder(options.url()).timeout(Duration.ofSeconds(30)).GET().build();
        ClosedLoopLoad load = new ClosedLoopLoad(
                Stream.generate(() -> sender(request)).limit(options.clients()).toList());
        if (options.warmupSeconds() > 0) {
            LoadResult warmup = load.run(Long.MAX_VALUE, TimeUnit.SECONDS.toNanos(options.warmupSeconds()));
            System.err.println("warm-up " + warmup.markdownRow());
        }
        LoadResult measured = load.run(options.requests(), TimeUnit.SECONDS.toNanos(options.maxSeconds()));
        System.out.println(measured.markdownRow());
    }

    /** One HttpClient per client thread, so each thread holds its own connection. */
    private static RequestSender sender(HttpRequest request) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return () -> client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
