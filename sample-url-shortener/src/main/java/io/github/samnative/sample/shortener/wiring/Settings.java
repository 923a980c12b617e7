package io.github.samnative.sample.shortener.wiring;

import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a function reads from its environment, checked once at start-up so that a misconfigured
 * function fails its init with a message instead of failing every request.
 *
 * @param tableName {@code TABLE_NAME}: the template passes {@code !Ref LinksTable}
 * @param region {@code AWS_REGION} (set by Lambda), else {@code AWS_DEFAULT_REGION}
 * @param dynamoDbEndpoint {@code AWS_ENDPOINT_URL_DYNAMODB}, else {@code AWS_ENDPOINT_URL}: the
 *     SDK's standard variables for another endpoint, such as DynamoDB Local in local runs
 * @param baseUrl {@code BASE_URL}, when short URLs must not be derived from the request
 */
public record Settings(String tableName, String region, Optional<URI> dynamoDbEndpoint, Optional<String> baseUrl) {

    public static Settings from(Function<String, String> environment) {
        String tableName = find(environment, "TABLE_NAME").orElseThrow(() -> new IllegalStateException(
                "TABLE_NAME is not set; the template passes it to every function as `TABLE_NAME: !Ref LinksTable`"
                        + " under Globals.Function.Environment.Variables."));
        String region = find(environment, "AWS_REGION").or(() -> find(environment, "AWS_DEFAULT_REGION"))
                .orElseThrow(() -> new IllegalStateException("AWS_REGION is not set; Lambda sets it, and local runs"
                        + " must set it too (any region works with DynamoDB Local)."));
        Optional<URI> endpoint = find(environment, "AWS_ENDPOINT_URL_DYNAMODB")
                .or(() -> find(environment, "AWS_ENDPOINT_URL"))
                .map(Settings::endpoint);
        Optional<String> baseUrl = find(environment, "BASE_URL").map(Settings::baseUrl);
        return new Settings(tableName, region, endpoint, baseUrl);
    }

    private static Optional<String> find(Function<String, String> environment, String name) {
        return Optional.ofNullable(environment.apply(name)).map(String::trim).filter(value -> !value.isEmpty());
    }

    private static URI endpoint(String value) {
        URI uri = absoluteHttp(value);
        if (uri == null) {
            throw new IllegalStateException("The DynamoDB endpoint '" + value + "' (AWS_ENDPOINT_URL_DYNAMODB or"
                    + " AWS_ENDPOINT_URL) is not an http(s) URL; use e.g. http://127.0.0.1:8000.");
        }
        return uri;
    }

    private static String baseUrl(String value) {
        if (absoluteHttp(value) == null) {
            throw new IllegalStateException("BASE_URL '" + value + "' is not an http(s) URL; use e.g."
                    + " https://sho.rt or leave it empty to derive short URLs from each request.");
        }
        return value;
    }

    private static URI absoluteHttp(String value) {
        try {
            URI uri = new URI(value);
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return http && uri.getHost() != null ? uri : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
