package io.github.samnative.sample.shortener.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.github.samnative.sample.shortener.http.HttpProblem;
import io.github.samnative.sample.shortener.http.Requests;
import io.github.samnative.sample.shortener.http.Responses;
import java.util.Map;

/**
 * Answers {@code 405} with {@code Allow} for every method the API does not serve on a path.
 *
 * <p>An HTTP API answers a request that matches no route with {@code 404}, so a wrong method would
 * never reach the route's own function. The template therefore gives each path an {@code ANY}
 * route to this function; API Gateway prefers a route with the exact method over {@code ANY}, so
 * only the unsupported methods arrive here. It touches no table and has no permissions.
 */
public final class MethodNotAllowedHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    /** The methods each route path serves; a test checks this against template.yaml. */
    static final Map<String, String> ALLOWED = Map.of(
            "/links", "GET, POST",
            "/links/{id}", "GET, DELETE",
            "/{id}", "GET");

    public MethodNotAllowedHandler() {
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String path = Requests.routePath(event);
        String allowed = ALLOWED.get(path);
        if (allowed == null) {
            return Responses.problem(HttpProblem.notFound("No route serves " + Requests.method(event) + " "
                    + Requests.shownPath(event) + "."));
        }
        return Responses.problem(HttpProblem.methodNotAllowed(Requests.method(event), Requests.shownPath(event), allowed));
    }
}
