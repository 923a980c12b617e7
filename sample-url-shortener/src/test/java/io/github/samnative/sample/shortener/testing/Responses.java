package io.github.samnative.sample.shortener.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.samnative.runtime.serialization.LambdaJson;
import java.io.IOException;

/** Reads handler responses back, as API Gateway would. */
public final class Responses {

    private Responses() {
    }

    public static JsonNode json(APIGatewayV2HTTPResponse response) {
        if (!"application/json".equals(response.getHeaders().get("Content-Type"))) {
            throw new AssertionError("not a JSON response: " + response);
        }
        try {
            return LambdaJson.mapper().readTree(response.getBody());
        } catch (IOException e) {
            throw new AssertionError("the body is not JSON: " + response.getBody(), e);
        }
    }

    public static String message(APIGatewayV2HTTPResponse response) {
        JsonNode message = json(response).get("message");
        if (message == null || !message.isTextual()) {
            throw new AssertionError("no \"message\" in " + response.getBody());
        }
        return message.textValue();
    }
}
