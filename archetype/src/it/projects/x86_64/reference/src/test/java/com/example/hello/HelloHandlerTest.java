package com.example.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HelloHandlerTest {

    private final HelloHandler handler = new HelloHandler();

    @Test
    void greetsTheNameFromTheQuery() {
        APIGatewayV2HTTPEvent request = APIGatewayV2HTTPEvent.builder()
                .withRawPath("/hello")
                .withQueryStringParameters(Map.of("name", "Ada"))
                .build();

        // HelloHandler does not use its Context.
        APIGatewayV2HTTPResponse response = handler.handleRequest(request, null);

        assertEquals(200, response.getStatusCode());
        assertEquals("Hello, Ada!", response.getBody());
    }

    @Test
    void greetsTheWorldWithoutAName() {
        APIGatewayV2HTTPEvent request = APIGatewayV2HTTPEvent.builder().withRawPath("/hello").build();

        assertEquals("Hello, world!", handler.handleRequest(request, null).getBody());
    }
}
