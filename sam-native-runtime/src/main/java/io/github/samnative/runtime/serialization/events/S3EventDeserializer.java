package io.github.samnative.runtime.serialization.events;

import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.RequestParametersEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.ResponseElementsEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3BucketEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3Entity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.UserIdentityEntity;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Builds an S3 event notification through its constructors, the only way its immutable classes
 * can be filled. {@code eventTime} is handed over as text; the record's constructor parses it.
 *
 * @param <T> {@code S3Event} or its parent {@code S3EventNotification}, whichever the handler takes
 */
final class S3EventDeserializer<T extends S3EventNotification> extends StdDeserializer<T> {

    private static final long serialVersionUID = 1L;

    private final transient Function<List<S3EventNotificationRecord>, T> factory;

    S3EventDeserializer(Class<T> type, Function<List<S3EventNotificationRecord>, T> factory) {
        super(type);
        this.factory = factory;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode root = ctxt.readTree(p);
        List<S3EventNotificationRecord> records = new ArrayList<>();
        for (JsonNode record : root.path("Records")) {
            records.add(record(record));
        }
        return factory.apply(records);
    }

    private static S3EventNotificationRecord record(JsonNode record) {
        return new S3EventNotificationRecord(
                text(record, "awsRegion"),
                text(record, "eventName"),
                text(record, "eventSource"),
                text(record, "eventTime"),
                text(record, "eventVersion"),
                present(record, "requestParameters")
                        ? new RequestParametersEntity(text(record.get("requestParameters"), "sourceIPAddress"))
                        : null,
                present(record, "responseElements")
                        ? new ResponseElementsEntity(
                                text(record.get("responseElements"), "x-amz-id-2"),
                                text(record.get("responseElements"), "x-amz-request-id"))
                        : null,
                present(record, "s3") ? s3(record.get("s3")) : null,
                userIdentity(record, "userIdentity"));
    }

    private static S3Entity s3(JsonNode s3) {
        return new S3Entity(
                text(s3, "configurationId"),
                present(s3, "bucket") ? bucket(s3.get("bucket")) : null,
                present(s3, "object") ? object(s3.get("object")) : null,
                text(s3, "s3SchemaVersion"));
    }

    private static S3BucketEntity bucket(JsonNode bucket) {
        return new S3BucketEntity(text(bucket, "name"), userIdentity(bucket, "ownerIdentity"), text(bucket, "arn"));
    }

    private static S3ObjectEntity object(JsonNode object) {
        Long size = present(object, "size") ? object.get("size").asLong() : null;
        return new S3ObjectEntity(
                text(object, "key"), size, text(object, "eTag"), text(object, "versionId"), text(object, "sequencer"));
    }

    private static UserIdentityEntity userIdentity(JsonNode parent, String field) {
        return present(parent, field) ? new UserIdentityEntity(text(parent.get(field), "principalId")) : null;
    }

    private static boolean present(JsonNode parent, String field) {
        JsonNode value = parent.get(field);
        return value != null && !value.isNull();
    }

    private static String text(JsonNode parent, String field) {
        return present(parent, field) ? parent.get(field).asText() : null;
    }
}
