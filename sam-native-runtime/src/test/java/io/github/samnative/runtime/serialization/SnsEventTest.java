package io.github.samnative.runtime.serialization;

import static io.github.samnative.runtime.serialization.SampleEvents.read;
import static io.github.samnative.runtime.serialization.SampleEvents.tree;
import static io.github.samnative.runtime.serialization.SampleEvents.written;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import java.time.Instant;
import org.joda.time.DateTimeZone;
import org.junit.jupiter.api.Test;

class SnsEventTest {

    @Test
    void sampleNotificationFillsEveryField() throws Exception {
        SNSEvent event = read("sns-notification.json", SNSEvent.class);

        assertEquals(1, event.getRecords().size());
        SNSEvent.SNSRecord record = event.getRecords().get(0);
        assertEquals("aws:sns", record.getEventSource());
        assertEquals("1.0", record.getEventVersion());
        assertEquals("arn:aws:sns:us-east-1::ExampleTopic", record.getEventSubscriptionArn());

        SNSEvent.SNS sns = record.getSNS();
        assertEquals("Notification", sns.getType());
        assertEquals("95df01b4-ee98-5cb9-9903-4c221d41eb5e", sns.getMessageId());
        assertEquals("arn:aws:sns:us-east-1:123456789012:ExampleTopic", sns.getTopicArn());
        assertEquals("example subject", sns.getSubject());
        assertEquals("example message", sns.getMessage());
        assertEquals(Instant.parse("1970-01-01T00:00:00.000Z").toEpochMilli(), sns.getTimestamp().getMillis());
        assertEquals(DateTimeZone.UTC, sns.getTimestamp().getZone());
        assertEquals("1", sns.getSignatureVersion());
        assertEquals("EXAMPLE", sns.getSignature());
        assertEquals("EXAMPLE", sns.getSigningCertUrl());
        assertEquals("EXAMPLE", sns.getUnsubscribeUrl());
        assertEquals(2, sns.getMessageAttributes().size());
        assertEquals("String", sns.getMessageAttributes().get("Test").getType());
        assertEquals("TestString", sns.getMessageAttributes().get("Test").getValue());
        assertEquals("Binary", sns.getMessageAttributes().get("TestBinary").getType());
        assertEquals("TestBinary", sns.getMessageAttributes().get("TestBinary").getValue());
    }

    @Test
    void timestampKeepsMillisecondsAndOffset() throws Exception {
        SNSEvent event = SampleEvents.mapper().readValue(SampleEvents.json(
                "{'Records':[{'Sns':{'Timestamp':'2024-02-29T23:59:58.123+01:00'}}]}").toString(), SNSEvent.class);

        org.joda.time.DateTime timestamp = event.getRecords().get(0).getSNS().getTimestamp();
        assertEquals(Instant.parse("2024-02-29T22:59:58.123Z").toEpochMilli(), timestamp.getMillis());
        assertEquals(DateTimeZone.forOffsetHours(1), timestamp.getZone());
    }

    @Test
    void notificationIsWrittenBackWithAwsNames() throws Exception {
        SNSEvent event = read("sns-notification.json", SNSEvent.class);

        assertEquals(tree("sns-notification.json"), written(event));
    }
}
