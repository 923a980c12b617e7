package io.github.samnative.runtime.serialization;

import static io.github.samnative.runtime.serialization.SampleEvents.json;
import static io.github.samnative.runtime.serialization.SampleEvents.mapper;
import static io.github.samnative.runtime.serialization.SampleEvents.read;
import static io.github.samnative.runtime.serialization.SampleEvents.tree;
import static io.github.samnative.runtime.serialization.SampleEvents.written;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.joda.time.DateTimeZone;
import org.junit.jupiter.api.Test;

class S3EventTest {

    @Test
    void putNotificationFillsEveryField() throws Exception {
        S3Event event = read("s3-put.json", S3Event.class);

        assertEquals(1, event.getRecords().size());
        S3EventNotificationRecord record = event.getRecords().get(0);
        assertEquals("2.0", record.getEventVersion());
        assertEquals("aws:s3", record.getEventSource());
        assertEquals("us-east-1", record.getAwsRegion());
        assertEquals(0L, record.getEventTime().getMillis());
        assertEquals(DateTimeZone.UTC, record.getEventTime().getZone());
        assertEquals("ObjectCreated:Put", record.getEventName());
        assertEquals("EXAMPLE", record.getUserIdentity().getPrincipalId());
        assertEquals("127.0.0.1", record.getRequestParameters().getSourceIPAddress());
        assertEquals("EXAMPLE123456789", record.getResponseElements().getxAmzRequestId());
        assertEquals("EXAMPLE123/5678abcdefghijklambdaisawesome/mnopqrstuvwxyzABCDEFGH",
                record.getResponseElements().getxAmzId2());
        assertEquals("1.0", record.getS3().getS3SchemaVersion());
        assertEquals("testConfigRule", record.getS3().getConfigurationId());
        assertEquals("example-bucket", record.getS3().getBucket().getName());
        assertEquals("EXAMPLE", record.getS3().getBucket().getOwnerIdentity().getPrincipalId());
        assertEquals("arn:aws:s3:::example-bucket", record.getS3().getBucket().getArn());
        assertEquals("test/key", record.getS3().getObject().getKey());
        assertEquals(1024L, record.getS3().getObject().getSizeAsLong());
        assertEquals("0123456789abcdef0123456789abcdef", record.getS3().getObject().geteTag());
        assertEquals("0A1B2C3D4E5F678901", record.getS3().getObject().getSequencer());
        assertNull(record.getS3().getObject().getVersionId());
    }

    @Test
    void deleteNotificationHasNoSizeOrETag() throws Exception {
        S3Event event = read("s3-delete.json", S3Event.class);

        S3EventNotificationRecord record = event.getRecords().get(0);
        assertEquals("ObjectRemoved:Delete", record.getEventName());
        assertEquals("test/key", record.getS3().getObject().getKey());
        assertNull(record.getS3().getObject().getSizeAsLong());
        assertNull(record.getS3().getObject().geteTag());
        assertEquals("0A1B2C3D4E5F678901", record.getS3().getObject().getSequencer());
    }

    @Test
    void handlersTakingTheParentTypeGetTheSameRecords() throws Exception {
        S3EventNotification notification = read("s3-put.json", S3EventNotification.class);

        assertSame(S3EventNotification.class, notification.getClass());
        assertEquals("example-bucket", notification.getRecords().get(0).getS3().getBucket().getName());
    }

    @Test
    void urlEncodedKeysAndVersionIdsArriveAsSent() throws Exception {
        S3Event event = mapper().readValue(json("{'Records':[{'eventTime':'2024-05-01T10:11:12.345Z',"
                + "'s3':{'object':{'key':'reports/Q1+2024%282%29.csv','size':5,'versionId':'v-9'}}}]}").toString(),
                S3Event.class);

        S3EventNotificationRecord record = event.getRecords().get(0);
        assertEquals(1714558272345L, record.getEventTime().getMillis());
        assertEquals("reports/Q1+2024%282%29.csv", record.getS3().getObject().getKey());
        assertEquals("reports/Q1 2024(2).csv", record.getS3().getObject().getUrlDecodedKey());
        assertEquals("v-9", record.getS3().getObject().getVersionId());
        assertNull(record.getS3().getBucket());
        assertNull(record.getUserIdentity());
    }

    @Test
    void notificationIsWrittenBackWithAwsNames() throws Exception {
        S3Event event = read("s3-put.json", S3Event.class);

        ObjectNode expected = (ObjectNode) tree("s3-put.json");
        assertEquals(expected, written(event));
    }
}
