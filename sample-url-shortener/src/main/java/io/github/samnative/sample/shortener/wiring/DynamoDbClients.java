package io.github.samnative.sample.shortener.wiring;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Builds the DynamoDB client the functions use. Everything the SDK would otherwise discover at
 * start-up is given explicitly, which keeps cold starts short and native images small:
 * <ul>
 *   <li>the HTTP client: {@code url-connection-client} (the SDK would pick Apache when it is on the
 *       classpath, and Apache/Netty need much more native-image configuration), given bodies to
 *       buffer rather than stream ({@link BufferedBodyHttpClient}: a streamed POST waits 1 ms
 *       first on a reused connection);</li>
 *   <li>the region, from the environment Lambda sets;</li>
 *   <li>the credentials: Lambda passes them as environment variables, so the default chain's
 *       profile files, container and instance-metadata lookups are skipped.</li>
 * </ul>
 */
public final class DynamoDbClients {

    private DynamoDbClients() {
    }

    public static DynamoDbClient forLambda(Settings settings) {
        return create(settings.region(), settings.dynamoDbEndpoint(), EnvironmentVariableCredentialsProvider.create());
    }

    /** @param endpoint another DynamoDB, such as DynamoDB Local; empty means the region's service */
    public static DynamoDbClient create(String region, Optional<URI> endpoint, AwsCredentialsProvider credentials) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClient(new BufferedBodyHttpClient(UrlConnectionHttpClient.builder().build()))
                .region(Region.of(region))
                .credentialsProvider(credentials);
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
