package io.github.samnative.runtime.serialization;

import static io.github.samnative.runtime.serialization.SampleEvents.json;
import static io.github.samnative.runtime.serialization.SampleEvents.mapper;
import static io.github.samnative.runtime.serialization.SampleEvents.read;
import static io.github.samnative.runtime.serialization.SampleEvents.utf8;
import static io.github.samnative.runtime.serialization.SampleEvents.written;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

class KinesisEventTest {

    @Test
    void sampleRecordFillsEveryField() throws Exception {
        KinesisEvent event = read("kinesis-get-records.json", KinesisEvent.class);

        assertEquals(1, event.getRecords().size());
        KinesisEvent.KinesisEventRecord record = event.getRecords().get(0);
        assertEquals("aws:kinesis", record.getEventSource());
        assertEquals("shardId-000000000000:49545115243490985018280067714973144582180062593244200961",
                record.getEventID());
        assertEquals("arn:aws:iam::EXAMPLE", record.getInvokeIdentityArn());
        assertEquals("1.0", record.getEventVersion());
        assertEquals("aws:kinesis:record", record.getEventName());
        assertEquals("arn:aws:kinesis:EXAMPLE", record.getEventSourceARN());
        assertEquals("us-east-1", record.getAwsRegion());

        KinesisEvent.Record kinesis = record.getKinesis();
        assertEquals("partitionKey-03", kinesis.getPartitionKey());
        assertEquals("1.0", kinesis.getKinesisSchemaVersion());
        assertEquals("Hello, this is a test 123.", utf8(kinesis.getData()));
        assertEquals("49545115243490985018280067714973144582180062593244200961", kinesis.getSequenceNumber());
        assertEquals(Date.from(Instant.parse("2015-04-09T00:00:00Z")), kinesis.getApproximateArrivalTimestamp());
    }

    @Test
    void arrivalTimeKeepsMillisecondsAndIsWrittenBackInSeconds() throws Exception {
        KinesisEvent event = mapper().readValue(json("{'Records':[{'kinesis':{'approximateArrivalTimestamp':"
                + "1607497475.0005,'encryptionType':'KMS','data':''}}]}").toString(), KinesisEvent.class);

        KinesisEvent.Record kinesis = event.getRecords().get(0).getKinesis();
        assertEquals(Date.from(Instant.parse("2020-12-09T07:04:35.000Z")), kinesis.getApproximateArrivalTimestamp());
        assertEquals("KMS", kinesis.getEncryptionType());
        assertEquals(0, kinesis.getData().remaining());

        kinesis.setApproximateArrivalTimestamp(Date.from(Instant.parse("2020-12-09T07:04:35.250Z")));
        String written = mapper().writeValueAsString(event);
        assertTrue(written.contains("\"approximateArrivalTimestamp\":1607497475.250"), written);
    }

    @Test
    void eventIsWrittenBackWithAwsNames() throws Exception {
        KinesisEvent event = read("kinesis-get-records.json", KinesisEvent.class);

        JsonNode written = written(event);
        JsonNode record = written.path("Records").get(0);
        assertEquals("arn:aws:kinesis:EXAMPLE", record.path("eventSourceARN").asText());
        assertEquals("SGVsbG8sIHRoaXMgaXMgYSB0ZXN0IDEyMy4=", record.path("kinesis").path("data").asText());
        assertEquals(1428537600L, record.path("kinesis").path("approximateArrivalTimestamp").longValue());
        assertEquals("shardId-000000000000:49545115243490985018280067714973144582180062593244200961",
                record.path("eventID").asText());
    }
}
