package io.github.samnative.core.template;

import java.util.Objects;

/**
 * An API Gateway event source of a function, kept so local emulation can route HTTP requests to it.
 *
 * @param name the event's key under {@code Events}
 * @param kind REST API ({@code Api}) or HTTP API ({@code HttpApi})
 * @param path the route path, e.g. {@code /links/{code}} or {@code /{proxy+}}; {@link #DEFAULT_ROUTE}
 *     for an HttpApi event without Path (it catches every request no other route matches)
 * @param method upper-case HTTP method, or {@code ANY}
 */
public record ApiEvent(String name, Kind kind, String path, String method) {

    public static final String DEFAULT_ROUTE = "$default";
    public static final String ANY_METHOD = "ANY";

    public ApiEvent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(method, "method");
    }

    public boolean isDefaultRoute() {
        return path.equals(DEFAULT_ROUTE);
    }

    public enum Kind {
        /** REST API; Lambda proxy integration payload format 1.0. */
        API("Api", "1.0"),
        /** HTTP API; payload format 2.0, SAM's default for HttpApi events. */
        HTTP_API("HttpApi", "2.0");

        private final String templateType;
        private final String payloadFormatVersion;

        Kind(String templateType, String payloadFormatVersion) {
            this.templateType = templateType;
            this.payloadFormatVersion = payloadFormatVersion;
        }

        /** The event {@code Type} as written in the template. */
        public String templateType() {
            return templateType;
        }

        public String payloadFormatVersion() {
            return payloadFormatVersion;
        }
    }
}
