package io.github.samnative.core.local.apigateway;

import io.github.samnative.core.template.ApiEvent;
import java.util.Objects;

/**
 * One route the local API serves: an {@code Api} or {@code HttpApi} event of a function.
 *
 * @param method upper-case HTTP method, or {@code ANY}
 * @param path the route path as written, or {@code $default}
 * @param order position in the template, the last tie-breaker between equally specific routes
 */
public record Route(ApiEvent.Kind kind, String method, String path, String functionName, String eventName, int order) {

    public Route {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(eventName, "eventName");
    }

    public boolean isDefaultRoute() {
        return path.equals(ApiEvent.DEFAULT_ROUTE);
    }

    public boolean isAnyMethod() {
        return method.equals(ApiEvent.ANY_METHOD);
    }

    /** API Gateway's route key: {@code GET /items/{id}}, {@code ANY /{proxy+}} or {@code $default}. */
    public String routeKey() {
        return isDefaultRoute() ? ApiEvent.DEFAULT_ROUTE : method + " " + path;
    }
}
