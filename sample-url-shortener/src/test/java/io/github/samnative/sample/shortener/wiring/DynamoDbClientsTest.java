package io.github.samnative.sample.shortener.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.samnative.sample.shortener.links.Link;
import io.github.samnative.sample.shortener.links.LinkRepository;
import io.github.samnative.sample.shortener.testing.DynamoDbLocalServer;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class DynamoDbClientsTest {

    @Test
    void aClientMadeFromLocalRunSettingsReachesTheOverriddenEndpoint() {
        DynamoDbLocalServer local = DynamoDbLocalServer.shared();
        String table = local.newLinksTable().tableName();
        Settings settings = Settings.from(Map.of("TABLE_NAME", table, "AWS_REGION", "eu-central-1",
                "AWS_ENDPOINT_URL_DYNAMODB", local.endpoint().toString())::get);

        // Other credentials and region than the table's creator: DynamoDB Local runs with -sharedDb.
        try (DynamoDbClient client = DynamoDbClients.create(settings.region(), settings.dynamoDbEndpoint(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("other", "key")))) {
            LinkRepository repository = new LinkRepository(client, settings.tableName());
            assertTrue(repository.insertIfAbsent(new Link("wired1", "https://example.com/", Instant.EPOCH, 0)));
            assertEquals(Optional.of("https://example.com/"), repository.recordVisit("wired1"));
        }
        assertEquals(1, local.itemCount(table));
    }
}
