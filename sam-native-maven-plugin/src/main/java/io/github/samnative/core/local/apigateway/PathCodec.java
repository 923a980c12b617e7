package io.github.samnative.core.local.apigateway;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Splits and decodes URL paths the way route matching needs them. */
final class PathCodec {

    private PathCodec() {
    }

    /**
     * The raw (still percent-encoded) segments of a path: {@code /a/b/} gives {@code [a, b]} (API Gateway
     * ignores one trailing slash), {@code /} gives none.
     */
    static List<String> segments(String rawPath) {
        String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(path.split("/", -1)));
    }

    /** Percent-decoding of a path: unlike a query string, {@code +} stays a plus sign. */
    static String decodePath(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw;
        }
    }

    /** Decoding of a query-string part, where {@code +} means a space. */
    static String decodeQuery(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw;
        }
    }
}
