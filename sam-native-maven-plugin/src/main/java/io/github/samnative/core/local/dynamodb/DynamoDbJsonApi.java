package io.github.samnative.core.local.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * DynamoDB's JSON protocol over the JDK's HTTP client: enough to create and describe tables in
 * DynamoDB Local without the AWS SDK.
 *
 * <p>DynamoDB Local does not check signatures, but it does read the access key from the
 * {@code Credential=} part of the {@code Authorization} header: without the header it answers
 * {@code MissingAuthenticationToken}, and with one it cannot parse it fails with
 * {@code InternalFailure}. So a well-formed SigV4 header with a dummy signature is sent.
 */
final class DynamoDbJsonApi {

    static final String CONTENT_TYPE = "application/x-amz-json-1.0";
    static final String TARGET_PREFIX = "DynamoDB_20120810.";
    static final String AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/dynamodb/aws4_request,"
            + " SignedHeaders=content-type;host;x-amz-target, Signature=" + "0".repeat(64);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What DynamoDB answered: the status and the JSON body. */
    record Response(int status, JsonNode body) {

        boolean ok() {
            return status == 200;
        }

        /** {@code ResourceInUseException} from {@code com.amazonaws.dynamodb.v20120810#ResourceInUseException}. */
        String errorType() {
            String type = body.path("__type").asText("");
            return type.substring(type.indexOf('#') + 1);
        }

        String errorMessage() {
            JsonNode message = body.has("Message") ? body.get("Message") : body.path("message");
            return message.asText("");
        }
    }

    private final URI endpoint;
    private final HttpClient client;

    DynamoDbJsonApi(URI endpoint) {
        this.endpoint = endpoint;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }

    /** @param operation {@code CreateTable}, {@code DescribeTable}, {@code ListTables}, ... */
    Response call(String operation, String requestJson) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", CONTENT_TYPE)
                .header("X-Amz-Target", TARGET_PREFIX + operation)
                .header("Authorization", AUTHORIZATION)
                .POST(HttpRequest.BodyPublishers.ofString(requestJson, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode body;
        try {
            body = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            body = JSON.createObjectNode().put("Message", response.body());
        }
        return new Response(response.statusCode(), body);
    }
}
