package io.github.samnative.sample.shortener.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.github.samnative.sample.shortener.http.HttpProblem;
import io.github.samnative.sample.shortener.http.Requests;
import io.github.samnative.sample.shortener.http.Responses;

/**
 * A function serving one route of the HTTP API (payload format 2.0). It answers only its own
 * method: should a route with another method (or {@code ANY}) ever be pointed at it, it says
 * {@code 405} instead of doing something unintended. Problems found anywhere below become
 * {@code {"message": "..."}} responses here; anything else is a failure of the function, left for
 * Lambda to report and count.
 */
public abstract class RouteHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final String method;

    RouteHandler(String method) {
        this.method = method;
    }

    @Override
    public final APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        try {
            String requested = Requests.method(event);
            if (!requested.equals(method)) {
                throw HttpProblem.methodNotAllowed(requested, Requests.shownPath(event), method);
            }
            return handle(event);
        } catch (HttpProblem problem) {
            return Responses.problem(problem);
        }
    }

    abstract APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event);
}
