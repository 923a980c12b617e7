package io.github.samnative.core.local.apigateway;

import io.github.samnative.core.local.LocalFunction;
import io.github.samnative.core.template.ApiEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routes of the template's {@code Api} and {@code HttpApi} events, and the choice among them
 * that API Gateway makes: of the routes matching method and path, the most specific path wins
 * (static segments over parameters, greedy {@code {proxy+}} last), then a named method over
 * {@code ANY}; an HttpApi {@code $default} route takes what nothing else matches.
 *
 * <p>Deployed, REST and HTTP APIs are separate endpoints; locally they share one, so a route that
 * both define is answered by the one written first in the template (reported by {@link #conflicts()}).
 */
public final class RouteTable {

    private final List<Route> routes;
    private final Map<Route, RoutePattern> patterns = new LinkedHashMap<>();

    private RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
        for (Route route : routes) {
            if (!route.isDefaultRoute()) {
                patterns.put(route, RoutePattern.parse(route.path()));
            }
        }
    }

    public static RouteTable of(List<LocalFunction> functions) {
        List<Route> routes = new ArrayList<>();
        for (LocalFunction function : functions) {
            for (ApiEvent event : function.events()) {
                routes.add(new Route(event.kind(), event.method(), event.path(), function.logicalId(), event.name(),
                        routes.size()));
            }
        }
        return new RouteTable(routes);
    }

    public List<Route> routes() {
        return routes;
    }

    public boolean isEmpty() {
        return routes.isEmpty();
    }

    Optional<RouteMatch> match(String method, String rawPath) {
        List<String> segments = PathCodec.segments(rawPath);
        RouteMatch best = null;
        for (Map.Entry<Route, RoutePattern> entry : patterns.entrySet()) {
            Route route = entry.getKey();
            if (!route.isAnyMethod() && !route.method().equals(method)) {
                continue;
            }
            Optional<Map<String, String>> parameters = entry.getValue().match(segments);
            if (parameters.isPresent() && (best == null || precedes(route, best.route()))) {
                best = new RouteMatch(route, parameters.get());
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        return routes.stream().filter(Route::isDefaultRoute).findFirst().map(route -> new RouteMatch(route, Map.of()));
    }

    private boolean precedes(Route candidate, Route current) {
        int bySpecificity = patterns.get(candidate).compareSpecificity(patterns.get(current));
        if (bySpecificity != 0) {
            return bySpecificity < 0;
        }
        if (candidate.isAnyMethod() != current.isAnyMethod()) {
            return !candidate.isAnyMethod();
        }
        return candidate.order() < current.order();
    }

    /** Routes written more than once (same method and path); locally the first one answers. */
    public List<String> conflicts() {
        Map<String, List<Route>> byKey = new LinkedHashMap<>();
        for (Route route : routes) {
            byKey.computeIfAbsent(route.routeKey(), key -> new ArrayList<>()).add(route);
        }
        List<String> conflicts = new ArrayList<>();
        for (Map.Entry<String, List<Route>> entry : byKey.entrySet()) {
            List<Route> same = entry.getValue();
            if (same.size() > 1) {
                List<String> where = new ArrayList<>();
                same.forEach(route -> where.add(route.functionName() + " (" + route.kind().templateType() + " event "
                        + route.eventName() + ")"));
                conflicts.add(entry.getKey() + " is routed to " + String.join(" and ", where) + "; locally "
                        + same.get(0).functionName() + " answers.");
            }
        }
        return conflicts;
    }

    /** The table start-api prints: method, path, function and API type of each route, then the base URL. */
    public String render(String baseUrl) {
        List<Route> sorted = new ArrayList<>(routes);
        sorted.sort(Comparator.comparing(Route::isDefaultRoute).thenComparing(Route::path).thenComparing(Route::method));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Method", "Path", "Function", "API"});
        for (Route route : sorted) {
            rows.add(new String[] {route.method(), route.path(), route.functionName(), route.kind().templateType()});
        }
        int[] widths = new int[4];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            text.append("  ");
            for (int i = 0; i < row.length; i++) {
                text.append(i == row.length - 1 ? row[i] : pad(row[i], widths[i] + 2));
            }
            text.append('\n');
        }
        return text.append("Base URL: ").append(baseUrl).toString();
    }

    private static String pad(String text, int width) {
        StringBuilder padded = new StringBuilder(text);
        while (padded.length() < width) {
            padded.append(' ');
        }
        return padded.toString();
    }
}
