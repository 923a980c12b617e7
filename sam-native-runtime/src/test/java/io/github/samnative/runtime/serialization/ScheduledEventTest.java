package io.github.samnative.runtime.serialization;

import static io.github.samnative.runtime.serialization.SampleEvents.json;
import static io.github.samnative.runtime.serialization.SampleEvents.mapper;
import static io.github.samnative.runtime.serialization.SampleEvents.read;
import static io.github.samnative.runtime.serialization.SampleEvents.tree;
import static io.github.samnative.runtime.serialization.SampleEvents.written;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.joda.time.DateTimeZone;
import org.junit.jupiter.api.Test;

class ScheduledEventTest {

    @Test
    void sampleScheduledEventFillsEveryField() throws Exception {
        ScheduledEvent event = read("cloudwatch-scheduled-event.json", ScheduledEvent.class);

        assertEquals("cdc73f9d-aea9-11e3-9d5a-835b769c0d9c", event.getId());
        assertEquals("Scheduled Event", event.getDetailType());
        assertEquals("aws.events", event.getSource());
        assertEquals("123456789012", event.getAccount());
        assertEquals(0L, event.getTime().getMillis());
        assertEquals(DateTimeZone.UTC, event.getTime().getZone());
        assertEquals("us-east-1", event.getRegion());
        assertEquals(List.of("arn:aws:events:us-east-1:123456789012:rule/ExampleRule"), event.getResources());
        assertTrue(event.getDetail().isEmpty());
    }

    @Test
    void eventBridgeEventKeepsItsNestedDetail() throws Exception {
        ScheduledEvent event = mapper().readValue(json("{'version':'0','id':'6a7e8feb-b491-4cf7-a9f1-bf3703467718',"
                + "'detail-type':'EC2 Instance State-change Notification','source':'aws.ec2',"
                + "'account':'111122223333','time':'2017-12-22T18:43:48Z','region':'us-west-1',"
                + "'resources':['arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0'],"
                + "'detail':{'instance-id':'i-1234567890abcdef0','state':'terminated','tags':{'env':'prod'},"
                + "'volumes':[1,2]}}").toString(), ScheduledEvent.class);

        assertEquals("0", event.getVersion());
        assertEquals("EC2 Instance State-change Notification", event.getDetailType());
        assertEquals(Instant.parse("2017-12-22T18:43:48Z").toEpochMilli(), event.getTime().getMillis());
        assertEquals("terminated", event.getDetail().get("state"));
        assertEquals(Map.of("env", "prod"), event.getDetail().get("tags"));
        assertEquals(List.of(1, 2), event.getDetail().get("volumes"));
    }

    @Test
    void eventIsWrittenBackWithAwsNames() throws Exception {
        ScheduledEvent event = read("cloudwatch-scheduled-event.json", ScheduledEvent.class);

        // The only difference: the time is written with milliseconds, as SNS and S3 send it.
        ObjectNode expected = (ObjectNode) tree("cloudwatch-scheduled-event.json");
        expected.put("time", "1970-01-01T00:00:00.000Z");
        assertEquals(expected, written(event));
    }
}
