package io.github.samnative.core.local.apigateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;

/** What both payload formats share: the body as text or base64, and API Gateway's timestamp format. */
final class ProxyEventBodies {

    /** {@code 09/Apr/2015:12:34:56 +0000}, the format of {@code requestTime} and {@code time}. */
    private static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private ProxyEventBodies() {
    }

    /**
     * Sets {@code body} and {@code isBase64Encoded}.
     *
     * @param omitEmpty payload 2.0 leaves {@code body} out when there is none; 1.0 sends {@code null}
     */
    static void putBody(ObjectNode event, IncomingRequest request, boolean omitEmpty) {
        byte[] body = request.body();
        boolean binary = body.length > 0 && !MediaTypes.isText(request.header("content-type"));
        if (body.length == 0) {
            if (!omitEmpty) {
                event.putNull("body");
            }
        } else if (binary) {
            event.put("body", Base64.getEncoder().encodeToString(body));
        } else {
            event.put("body", new String(body, StandardCharsets.UTF_8));
        }
        event.put("isBase64Encoded", binary);
    }

    static String requestTime(long epochMillis) {
        return REQUEST_TIME.format(Instant.ofEpochMilli(epochMillis));
    }
}
