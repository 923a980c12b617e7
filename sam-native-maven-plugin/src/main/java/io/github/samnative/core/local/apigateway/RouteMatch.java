package io.github.samnative.core.local.apigateway;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The route a request goes to, with the values of its path parameters (decoded). */
record RouteMatch(Route route, Map<String, String> pathParameters) {

    RouteMatch {
        pathParameters = Collections.unmodifiableMap(new LinkedHashMap<>(pathParameters));
    }
}
