package io.github.samnative.core.local.apigateway;

import java.util.Locale;
import java.util.Set;

/**
 * Which request bodies reach the function as text and which as base64 ({@code isBase64Encoded: true}):
 * text, JSON, XML, JavaScript and form data are text; anything else is binary.
 */
final class MediaTypes {

    private static final Set<String> TEXT_TYPES = Set.of(
            "application/json", "application/xml", "application/javascript", "application/x-javascript",
            "application/ecmascript", "application/x-www-form-urlencoded", "application/graphql",
            "application/x-yaml", "application/yaml", "application/x-ndjson");

    private MediaTypes() {
    }

    /** @param contentType the request's Content-Type; without one, a body is treated as text */
    static boolean isText(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || TEXT_TYPES.contains(type) || type.endsWith("+json") || type.endsWith("+xml");
    }
}
