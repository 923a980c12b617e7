package com.example.hello;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;

/**
 * GET /hello on the HTTP API: "Hello, Ada!" for {@code ?name=Ada}, "Hello, world!" without a name.
 * A handler as the managed Java runtime knows it; sam-native runs it unchanged.
 */
public class HelloHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent request, Context context) {
        Map<String, String> query = request.getQueryStringParameters();
        String name = query == null ? "world" : query.getOrDefault("name", "world");
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(200)
                .withHeaders(Map.of("Content-Type", "text/plain; charset=utf-8"))
                .withBody("Hello, " + name + "!")
                .build();
    }
}
