package io.github.samnative.runtime.serialization;

import static io.github.samnative.runtime.serialization.SampleEvents.assertJson;
import static io.github.samnative.runtime.serialization.SampleEvents.json;
import static io.github.samnative.runtime.serialization.SampleEvents.mapper;
import static io.github.samnative.runtime.serialization.SampleEvents.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiGatewayEventsTest {

    @Test
    void restApiProxyRequestFillsEveryField() throws Exception {
        APIGatewayProxyRequestEvent event = read("apigateway-aws-proxy.json", APIGatewayProxyRequestEvent.class);

        assertEquals("/{proxy+}", event.getResource());
        assertEquals("/path/to/resource", event.getPath());
        assertEquals("POST", event.getHttpMethod());
        assertEquals(Boolean.TRUE, event.getIsBase64Encoded());
        assertEquals("{\"test\":\"body\"}",
                new String(Base64.getDecoder().decode(event.getBody()), StandardCharsets.UTF_8));
        assertEquals(Map.of("foo", "bar"), event.getQueryStringParameters());
        assertEquals(Map.of("foo", List.of("bar")), event.getMultiValueQueryStringParameters());
        assertEquals(Map.of("proxy", "/path/to/resource"), event.getPathParameters());
        assertEquals(Map.of("baz", "qux"), event.getStageVariables());
        assertEquals(18, event.getHeaders().size());
        assertEquals("1234567890.execute-api.us-east-1.amazonaws.com", event.getHeaders().get("Host"));
        assertEquals(List.of("0123456789.execute-api.us-east-1.amazonaws.com"),
                event.getMultiValueHeaders().get("Host"));
        assertEquals(List.of("127.0.0.1, 127.0.0.2"), event.getMultiValueHeaders().get("X-Forwarded-For"));

        APIGatewayProxyRequestEvent.ProxyRequestContext context = event.getRequestContext();
        assertEquals("123456789012", context.getAccountId());
        assertEquals("123456", context.getResourceId());
        assertEquals("prod", context.getStage());
        assertEquals("c6af9ac6-7b61-11e6-9a41-93e8deadbeef", context.getRequestId());
        assertEquals("09/Apr/2015:12:34:56 +0000", context.getRequestTime());
        assertEquals(1428582896000L, context.getRequestTimeEpoch());
        assertEquals("/prod/path/to/resource", context.getPath());
        assertEquals("/{proxy+}", context.getResourcePath());
        assertEquals("POST", context.getHttpMethod());
        assertEquals("1234567890", context.getApiId());
        assertEquals("HTTP/1.1", context.getProtocol());
        assertEquals("127.0.0.1", context.getIdentity().getSourceIp());
        assertEquals("Custom User Agent String", context.getIdentity().getUserAgent());
        assertNull(context.getIdentity().getUserArn());
    }

    @Test
    void restApiProxyRequestWithLambdaAuthorizerContext() throws Exception {
        APIGatewayProxyRequestEvent event = mapper().readValue(json(
                "{'httpMethod':'GET','requestContext':{'authorizer':{'principalId':'user-7','claims':{'sub':'abc'}},"
                        + "'extendedRequestId':'Xyz='}}").toString(), APIGatewayProxyRequestEvent.class);

        assertEquals("user-7", event.getRequestContext().getAuthorizer().get("principalId"));
        assertEquals(Map.of("sub", "abc"), event.getRequestContext().getAuthorizer().get("claims"));
        assertEquals("Xyz=", event.getRequestContext().getExtendedRequestId());
        assertNull(event.getIsBase64Encoded());
    }

    @Test
    void restApiProxyResponseIsWrittenWithAwsNamesAndWithoutNulls() throws Exception {
        APIGatewayProxyResponseEvent response = new APIGatewayProxyResponseEvent()
                .withStatusCode(201)
                .withHeaders(Map.of("Content-Type", "application/json"))
                .withMultiValueHeaders(Map.of("Set-Cookie", List.of("a=1", "b=2")))
                .withBody("created 7")
                .withIsBase64Encoded(false);

        assertJson("{'statusCode':201,'headers':{'Content-Type':'application/json'},"
                + "'multiValueHeaders':{'Set-Cookie':['a=1','b=2']},'body':'created 7','isBase64Encoded':false}",
                response);
        assertJson("{'statusCode':204}", new APIGatewayProxyResponseEvent().withStatusCode(204));
    }

    @Test
    void httpApiRequestFillsEveryField() throws Exception {
        APIGatewayV2HTTPEvent event = read("apigateway-http-api-proxy.json", APIGatewayV2HTTPEvent.class);

        assertEquals("2.0", event.getVersion());
        assertEquals("$default", event.getRouteKey());
        assertEquals("/path/to/resource", event.getRawPath());
        assertEquals("parameter1=value1&parameter1=value2&parameter2=value", event.getRawQueryString());
        assertEquals(List.of("cookie1", "cookie2"), event.getCookies());
        assertEquals(Map.of("Header1", "value1", "Header2", "value1,value2"), event.getHeaders());
        assertEquals(Map.of("parameter1", "value1,value2", "parameter2", "value"), event.getQueryStringParameters());
        assertEquals(Map.of("parameter1", "value1"), event.getPathParameters());
        assertEquals(Map.of("stageVariable1", "value1", "stageVariable2", "value2"), event.getStageVariables());
        assertEquals("eyJ0ZXN0IjoiYm9keSJ9", event.getBody());
        assertTrue(event.getIsBase64Encoded());

        APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext();
        assertEquals("123456789012", context.getAccountId());
        assertEquals("api-id", context.getApiId());
        assertEquals("id.execute-api.us-east-1.amazonaws.com", context.getDomainName());
        assertEquals("id", context.getDomainPrefix());
        assertEquals("id", context.getRequestId());
        assertEquals("$default", context.getRouteKey());
        assertEquals("$default", context.getStage());
        assertEquals("12/Mar/2020:19:03:58 +0000", context.getTime());
        assertEquals(1583348638390L, context.getTimeEpoch());
        assertEquals("POST", context.getHttp().getMethod());
        assertEquals("/path/to/resource", context.getHttp().getPath());
        assertEquals("HTTP/1.1", context.getHttp().getProtocol());
        assertEquals("192.168.0.1/32", context.getHttp().getSourceIp());
        assertEquals("agent", context.getHttp().getUserAgent());
        assertEquals(Map.of("claim1", "value1", "claim2", "value2"), context.getAuthorizer().getJwt().getClaims());
        assertEquals(List.of("scope1", "scope2"), context.getAuthorizer().getJwt().getScopes());
    }

    @Test
    void httpApiResponseIsWrittenWithAwsNames() throws Exception {
        APIGatewayV2HTTPResponse response = APIGatewayV2HTTPResponse.builder()
                .withStatusCode(302)
                .withHeaders(Map.of("Location", "https://example.com/"))
                .withCookies(List.of("session=1; HttpOnly"))
                .withBody("aGk=")
                .withIsBase64Encoded(true)
                .build();

        assertJson("{'statusCode':302,'headers':{'Location':'https://example.com/'},"
                + "'cookies':['session=1; HttpOnly'],'body':'aGk=','isBase64Encoded':true}", response);
    }

    /**
     * aws-lambda-java-events 3.16.1 has no Function URL classes; Function URLs send the HTTP API
     * 2.0 payload, so handlers take {@code APIGatewayV2HTTPEvent}. This is the shape of a Function
     * URL with AWS_IAM auth (the documented payload; SAM CLI has no generator for it).
     */
    @Test
    void functionUrlRequestWithIamAuthorizerMapsOntoHttpApiEvent() throws Exception {
        String functionUrlEvent = json("{'version':'2.0','routeKey':'$default','rawPath':'/my/path',"
                + "'rawQueryString':'parameter1=value1','cookies':['cookie1'],"
                + "'headers':{'host':'abcdefg.lambda-url.us-east-1.on.aws'},"
                + "'queryStringParameters':{'parameter1':'value1'},"
                + "'requestContext':{'accountId':'123456789012','apiId':'abcdefg',"
                + "'authorizer':{'iam':{'accessKey':'AKIAEXAMPLE','accountId':'111122223333',"
                + "'callerId':'AIDACKCEVSQ6C2EXAMPLE','cognitoIdentity':null,'principalOrgId':'o-abc',"
                + "'userArn':'arn:aws:iam::111122223333:user/example-user','userId':'AIDACOSFODNN7EXAMPLE'}},"
                + "'domainName':'abcdefg.lambda-url.us-east-1.on.aws','domainPrefix':'abcdefg',"
                + "'http':{'method':'GET','path':'/my/path','protocol':'HTTP/1.1','sourceIp':'203.0.113.9',"
                + "'userAgent':'curl/8.0'},'requestId':'id-1','routeKey':'$default','stage':'$default',"
                + "'time':'12/Mar/2020:19:03:58 +0000','timeEpoch':1583348638390},"
                + "'body':'Hello','isBase64Encoded':false}").toString();

        APIGatewayV2HTTPEvent event = mapper().readValue(functionUrlEvent, APIGatewayV2HTTPEvent.class);

        APIGatewayV2HTTPEvent.RequestContext.IAM iam = event.getRequestContext().getAuthorizer().getIam();
        assertEquals("AKIAEXAMPLE", iam.getAccessKey());
        assertEquals("111122223333", iam.getAccountId());
        assertEquals("AIDACKCEVSQ6C2EXAMPLE", iam.getCallerId());
        assertEquals("o-abc", iam.getPrincipalOrgId());
        assertEquals("arn:aws:iam::111122223333:user/example-user", iam.getUserArn());
        assertEquals("AIDACOSFODNN7EXAMPLE", iam.getUserId());
        assertNull(iam.getCognitoIdentity());
        assertEquals("abcdefg.lambda-url.us-east-1.on.aws", event.getRequestContext().getDomainName());
        assertEquals("203.0.113.9", event.getRequestContext().getHttp().getSourceIp());
        assertEquals("Hello", event.getBody());
        assertEquals(false, event.getIsBase64Encoded());
    }

    @Test
    void functionUrlResponseUsesTheHttpApiResponse() throws Exception {
        APIGatewayV2HTTPResponse response = APIGatewayV2HTTPResponse.builder()
                .withStatusCode(200)
                .withMultiValueHeaders(Map.of("X-Tag", List.of("a", "b")))
                .withBody("ok")
                .build();

        assertJson("{'statusCode':200,'multiValueHeaders':{'X-Tag':['a','b']},'body':'ok','isBase64Encoded':false}",
                response);
    }
}
