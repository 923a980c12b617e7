package io.github.samnative.core.local.apigateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The proxy event a REST API ({@code Api} event) sends: payload format 1.0. Single-value maps hold the
 * last value of a repeated header or query parameter; the {@code multiValue...} maps hold all of them.
 * Maps without entries are {@code null}, as API Gateway sends them.
 */
final class RestApiEvent {

    /** SAM deploys REST APIs to a stage named Prod. */
    static final String STAGE = "Prod";
    static final String API_ID = "1234567890";
    static final String RESOURCE_ID = "123456";
    static final String ACCOUNT_ID = "123456789012";

    private static final ObjectMapper JSON = new ObjectMapper();

    private RestApiEvent() {
    }

    /** @param requestId API Gateway's id of the request (not Lambda's request id) */
    static ObjectNode build(IncomingRequest request, RouteMatch match, String requestId, long epochMillis) {
        String path = PathCodec.decodePath(request.rawPath());
        ObjectNode event = JSON.createObjectNode();
        event.put("resource", match.route().path());
        event.put("path", path);
        event.put("httpMethod", request.method());

        ObjectNode headers = event.putObject("headers");
        ObjectNode multiValueHeaders = event.putObject("multiValueHeaders");
        for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
            String name = IncomingRequest.canonicalHeaderName(header.getKey());
            List<String> values = header.getValue();
            headers.put(name, values.get(values.size() - 1));
            ArrayNode all = multiValueHeaders.putArray(name);
            values.forEach(all::add);
        }

        Map<String, List<String>> query = request.queryParameters();
        if (query.isEmpty()) {
            event.putNull("queryStringParameters");
            event.putNull("multiValueQueryStringParameters");
        } else {
            ObjectNode single = event.putObject("queryStringParameters");
            ObjectNode multi = event.putObject("multiValueQueryStringParameters");
            query.forEach((name, values) -> {
                single.put(name, values.get(values.size() - 1));
                ArrayNode all = multi.putArray(name);
                values.forEach(all::add);
            });
        }
        if (match.pathParameters().isEmpty()) {
            event.putNull("pathParameters");
        } else {
            ObjectNode parameters = event.putObject("pathParameters");
            match.pathParameters().forEach(parameters::put);
        }
        // The stage has no variables: sam-native's template model has none to offer.
        event.putNull("stageVariables");

        ObjectNode context = event.putObject("requestContext");
        context.put("resourceId", RESOURCE_ID);
        context.put("resourcePath", match.route().path());
        context.put("httpMethod", request.method());
        context.put("extendedRequestId", UUID.randomUUID().toString());
        context.put("requestTime", ProxyEventBodies.requestTime(epochMillis));
        context.put("path", "/" + STAGE + path);
        context.put("accountId", ACCOUNT_ID);
        context.put("protocol", request.protocol());
        context.put("stage", STAGE);
        context.put("domainPrefix", request.domainPrefix());
        context.put("requestTimeEpoch", epochMillis);
        context.put("requestId", requestId);
        ObjectNode identity = context.putObject("identity");
        for (String unknown : List.of("cognitoIdentityPoolId", "accountId", "cognitoIdentityId", "caller", "principalOrgId",
                "accessKey", "cognitoAuthenticationType", "cognitoAuthenticationProvider", "userArn", "user")) {
            identity.putNull(unknown);
        }
        identity.put("sourceIp", request.sourceIp());
        identity.put("userAgent", request.header("user-agent"));
        context.put("domainName", request.domainName());
        context.put("apiId", API_ID);

        ProxyEventBodies.putBody(event, request, false);
        return event;
    }
}
