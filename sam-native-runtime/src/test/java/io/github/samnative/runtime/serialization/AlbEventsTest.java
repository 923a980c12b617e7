package io.github.samnative.runtime.serialization;

import static io.github.samnative.runtime.serialization.SampleEvents.assertJson;
import static io.github.samnative.runtime.serialization.SampleEvents.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerRequestEvent;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerResponseEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlbEventsTest {

    @Test
    void targetRequestFillsEveryField() throws Exception {
        ApplicationLoadBalancerRequestEvent event = read("alb-request.json", ApplicationLoadBalancerRequestEvent.class);

        assertEquals("arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/lambda-279XGJDqGZ5rsrHC2Fjr/49e9d65c45c6791a",
                event.getRequestContext().getElb().getTargetGroupArn());
        assertEquals("POST", event.getHttpMethod());
        assertEquals("/path/to/resource", event.getPath());
        assertEquals(Map.of("query", "1234ABCD"), event.getQueryStringParameters());
        assertEquals(12, event.getHeaders().size());
        assertEquals("lambda-alb-123578498.us-east-2.elb.amazonaws.com", event.getHeaders().get("host"));
        assertEquals("Root=1-5c536348-3d683b8b04734faae651f476", event.getHeaders().get("x-amzn-trace-id"));
        assertEquals("72.12.164.125", event.getHeaders().get("x-forwarded-for"));
        assertNull(event.getMultiValueHeaders());
        assertEquals("eyJ0ZXN0IjoiYm9keSJ9", event.getBody());
        assertTrue(event.getIsBase64Encoded());
    }

    @Test
    void responseIsWrittenWithAwsNames() throws Exception {
        ApplicationLoadBalancerResponseEvent response = new ApplicationLoadBalancerResponseEvent();
        response.setStatusCode(404);
        response.setStatusDescription("404 Not Found");
        response.setHeaders(Map.of("Content-Type", "text/plain"));
        response.setMultiValueHeaders(Map.of("Set-Cookie", List.of("a=1", "b=2")));
        response.setBody("no such thing");

        assertJson("{'statusCode':404,'statusDescription':'404 Not Found','isBase64Encoded':false,"
                + "'headers':{'Content-Type':'text/plain'},'multiValueHeaders':{'Set-Cookie':['a=1','b=2']},"
                + "'body':'no such thing'}", response);
    }
}
