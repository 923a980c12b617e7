package io.github.samnative.sample.shortener.links;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Links in a DynamoDB table keyed by {@code id} (String), through the low-level client: item maps
 * written by hand instead of the Enhanced Client's bean schemas, which fail in native images.
 * Every write is conditional, so nothing is created twice, overwritten, or resurrected.
 */
public final class LinkRepository {

    static final String ID = "id";
    static final String URL = "url";
    static final String CREATED_AT = "createdAt";
    static final String VISITS = "visits";

    /** Placeholders for every attribute name, so no name can collide with DynamoDB's reserved words. */
    private static final Map<String, String> NAMES = Map.of("#id", ID, "#visits", VISITS);

    private final DynamoDbClient client;
    private final String tableName;

    public LinkRepository(DynamoDbClient client, String tableName) {
        this.client = Objects.requireNonNull(client, "client");
        this.tableName = Objects.requireNonNull(tableName, "tableName");
    }

    public String tableName() {
        return tableName;
    }

    /** Stores a new link unless its id is taken: {@code false} means the existing link was left alone. */
    public boolean insertIfAbsent(Link link) {
        try {
            client.putItem(PutItemRequest.builder()
                    .tableName(tableName)
                    .item(Map.of(
                            ID, string(link.id()),
                            URL, string(link.url()),
                            CREATED_AT, string(link.createdAt().toString()),
                            VISITS, number(link.visits())))
                    .conditionExpression("attribute_not_exists(#id)")
                    .expressionAttributeNames(Map.of("#id", ID))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** Strongly consistent, so a link is found right after it was created. */
    public Optional<Link> find(String id) {
        GetItemResponse response = client.getItem(request -> request
                .tableName(tableName)
                .key(key(id))
                .consistentRead(true));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(link(response.item())) : Optional.empty();
    }

    /**
     * Counts one visit and returns where it goes. {@code ADD} increments in the table itself, so
     * concurrent visits are all counted; the condition keeps a visit to an unknown id from creating
     * an item.
     */
    public Optional<String> recordVisit(String id) {
        try {
            UpdateItemResponse response = client.updateItem(UpdateItemRequest.builder()
                    .tableName(tableName)
                    .key(key(id))
                    .updateExpression("ADD #visits :one")
                    .conditionExpression("attribute_exists(#id)")
                    .expressionAttributeNames(NAMES)
                    .expressionAttributeValues(Map.of(":one", number(1)))
                    .returnValues(ReturnValue.ALL_NEW)
                    .build());
            return Optional.of(response.attributes().get(URL).s());
        } catch (ConditionalCheckFailedException e) {
            return Optional.empty();
        }
    }

    /** {@code false} when there was no such link. */
    public boolean delete(String id) {
        try {
            client.deleteItem(DeleteItemRequest.builder()
                    .tableName(tableName)
                    .key(key(id))
                    .conditionExpression("attribute_exists(#id)")
                    .expressionAttributeNames(Map.of("#id", ID))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /**
     * Up to {@code limit} links in the table's own order (a Scan: the order of the key's hash, not
     * of creation), starting after {@code afterId} when given.
     */
    public LinkPage list(int limit, Optional<String> afterId) {
        ScanRequest.Builder request = ScanRequest.builder().tableName(tableName).limit(limit);
        afterId.ifPresent(id -> request.exclusiveStartKey(key(id)));
        ScanResponse response = client.scan(request.build());
        List<Link> links = new ArrayList<>();
        for (Map<String, AttributeValue> item : response.items()) {
            links.add(link(item));
        }
        Optional<String> lastId = response.hasLastEvaluatedKey() && response.lastEvaluatedKey().containsKey(ID)
                ? Optional.of(response.lastEvaluatedKey().get(ID).s())
                : Optional.empty();
        return new LinkPage(links, lastId);
    }

    private static Map<String, AttributeValue> key(String id) {
        return Map.of(ID, string(id));
    }

    private static Link link(Map<String, AttributeValue> item) {
        AttributeValue visits = item.get(VISITS);
        return new Link(item.get(ID).s(), item.get(URL).s(), Instant.parse(item.get(CREATED_AT).s()),
                visits == null ? 0 : Long.parseLong(visits.n()));
    }

    private static AttributeValue string(String value) {
        return AttributeValue.builder().s(value).build();
    }

    private static AttributeValue number(long value) {
        return AttributeValue.builder().n(Long.toString(value)).build();
    }
}
