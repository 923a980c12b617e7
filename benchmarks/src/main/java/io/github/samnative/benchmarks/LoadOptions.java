package io.github.samnative.benchmarks;

import java.net.URI;

/**
 * What {@link HttpLoad} is asked to do: how many clients send to which URL, for how long it warms
 * up, and the bounds of the measured phase (whichever of count and time is reached first).
 */
public record LoadOptions(URI url, int clients, int warmupSeconds, int requests, int maxSeconds) {

    public static LoadOptions parse(String... args) {
        URI url = null;
        int clients = 1;
        int warmupSeconds = 10;
        int requests = 20_000;
        int maxSeconds = 30;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("'" + name + "' needs a value, or is not an option of the HTTP load");
            }
            String value = args[++i];
            switch (name) {
                case "--url" -> url = URI.create(value);
                case "--clients" -> clients = WholeNumberOption.parse(name, value, 1);
                case "--warmup-seconds" -> warmupSeconds = WholeNumberOption.parse(name, value, 0);
                case "--requests" -> requests = WholeNumberOption.parse(name, value, 1);
                case "--max-seconds" -> maxSeconds = WholeNumberOption.parse(name, value, 1);
                default -> throw new IllegalArgumentException("unknown option '" + name + "'");
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("--url is required, e.g. --url http://127.0.0.1:3000/hello");
        }
        return new LoadOptions(url, clients, warmupSeconds, requests, maxSeconds);
    }
}
