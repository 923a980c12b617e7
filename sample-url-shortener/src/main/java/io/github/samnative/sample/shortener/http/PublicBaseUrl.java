package io.github.samnative.sample.shortener.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The URL clients reach this API at, which short URLs and {@code Location} headers start with:
 * the configured {@code BASE_URL} when there is one (a custom domain maps the API without its stage
 * in the path, which the request cannot tell), otherwise the request's domain and stage.
 */
public final class PublicBaseUrl {

    /** A DNS name or an IP address (IPv6 in brackets): anything else would make a broken URL. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\]");
    /** What SAM deploys an HTTP API to unless told otherwise; it does not appear in URLs. */
    private static final String DEFAULT_STAGE = "$default";

    private final Optional<String> configured;

    /** @param configured the value of {@code BASE_URL}; blank means "derive it from each request" */
    public PublicBaseUrl(Optional<String> configured) {
        this.configured = configured.map(String::trim).filter(value -> !value.isEmpty()).map(PublicBaseUrl::withoutTrailingSlash);
    }

    /** Without a trailing slash: {@code https://abc123.execute-api.eu-west-1.amazonaws.com/prod}. */
    public String of(APIGatewayV2HTTPEvent event) {
        if (configured.isPresent()) {
            return configured.get();
        }
        String scheme = Requests.header(event, "x-forwarded-proto").map(value -> value.trim().toLowerCase(Locale.ROOT))
                .filter(value -> value.equals("http") || value.equals("https")).orElse("https");
        String host = host(event);
        String port = Requests.header(event, "x-forwarded-port").map(String::trim)
                .filter(value -> value.matches("[0-9]{1,5}"))
                .filter(value -> !value.equals(scheme.equals("https") ? "443" : "80"))
                .map(value -> ":" + value).orElse("");
        String stage = event.getRequestContext() == null ? null : event.getRequestContext().getStage();
        String stagePath = stage == null || stage.isEmpty() || stage.equals(DEFAULT_STAGE) ? "" : "/" + stage;
        return scheme + "://" + host + port + stagePath;
    }

    private static String host(APIGatewayV2HTTPEvent event) {
        Optional<String> domain = Optional.ofNullable(event.getRequestContext()).map(c -> c.getDomainName())
                .filter(value -> !value.isBlank());
        String host = domain.or(() -> Requests.header(event, "host").map(PublicBaseUrl::withoutPort))
                .orElseThrow(() -> HttpProblem.badRequest("The request names no host, so no short URL can be made for it;"
                        + " send a Host header or set BASE_URL."));
        if (!HOST.matcher(host).matches()) {
            throw HttpProblem.badRequest("The request's host '" + host + "' is not a valid host name.");
        }
        return host;
    }

    private static String withoutPort(String hostHeader) {
        String host = hostHeader.trim();
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 ? host.substring(0, end + 1) : host;
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    private static String withoutTrailingSlash(String url) {
        String result = url;
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }
}
