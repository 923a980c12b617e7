package io.github.samnative.runtime.serialization;

import static io.github.samnative.runtime.serialization.SampleEvents.assertJson;
import static io.github.samnative.runtime.serialization.SampleEvents.json;
import static io.github.samnative.runtime.serialization.SampleEvents.mapper;
import static io.github.samnative.runtime.serialization.SampleEvents.read;
import static io.github.samnative.runtime.serialization.SampleEvents.tree;
import static io.github.samnative.runtime.serialization.SampleEvents.utf8;
import static io.github.samnative.runtime.serialization.SampleEvents.written;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqsEventTest {

    @Test
    void sampleMessageFillsEveryField() throws Exception {
        SQSEvent event = read("sqs-receive-message.json", SQSEvent.class);

        assertEquals(1, event.getRecords().size());
        SQSEvent.SQSMessage message = event.getRecords().get(0);
        assertEquals("19dd0b57-b21e-4ac1-bd88-01bbb068cb78", message.getMessageId());
        assertEquals("MessageReceiptHandle", message.getReceiptHandle());
        assertEquals("Hello from SQS!", message.getBody());
        assertEquals("7b270e59b47ff90a553787216d55d91d", message.getMd5OfBody());
        assertEquals("aws:sqs", message.getEventSource());
        assertEquals("arn:aws:sqs:us-east-1:123456789012:MyQueue", message.getEventSourceArn());
        assertEquals("us-east-1", message.getAwsRegion());
        assertEquals(Map.of(
                "ApproximateReceiveCount", "1",
                "SentTimestamp", "1523232000000",
                "SenderId", "123456789012",
                "ApproximateFirstReceiveTimestamp", "1523232000001"), message.getAttributes());
        assertTrue(message.getMessageAttributes().isEmpty());
    }

    @Test
    void messageAttributesDecodeStringAndBase64BinaryValues() throws Exception {
        SQSEvent event = mapper().readValue(json("{'Records':[{'messageId':'m-1','md5OfMessageAttributes':'abc',"
                + "'messageAttributes':{"
                + "'Author':{'stringValue':'Ada','stringListValues':[],'binaryListValues':[],'dataType':'String'},"
                + "'Blob':{'binaryValue':'aGVsbG8=','dataType':'Binary'},"
                + "'Count':{'stringValue':'3','dataType':'Number'}}}]}").toString(), SQSEvent.class);

        SQSEvent.SQSMessage message = event.getRecords().get(0);
        assertEquals("abc", message.getMd5OfMessageAttributes());
        SQSEvent.MessageAttribute author = message.getMessageAttributes().get("Author");
        assertEquals("Ada", author.getStringValue());
        assertEquals("String", author.getDataType());
        assertEquals(List.of(), author.getStringListValues());
        SQSEvent.MessageAttribute blob = message.getMessageAttributes().get("Blob");
        assertEquals("hello", utf8(blob.getBinaryValue()));
        assertEquals("Binary", blob.getDataType());
        assertEquals("3", message.getMessageAttributes().get("Count").getStringValue());
    }

    @Test
    void eventIsWrittenBackWithAwsNames() throws Exception {
        SQSEvent event = read("sqs-receive-message.json", SQSEvent.class);

        assertEquals(tree("sqs-receive-message.json"), written(event));
    }

    @Test
    void batchResponseReportsPartialFailuresInAwsShape() throws Exception {
        SQSBatchResponse response = new SQSBatchResponse(List.of(
                new SQSBatchResponse.BatchItemFailure("19dd0b57-b21e-4ac1-bd88-01bbb068cb78"),
                new SQSBatchResponse.BatchItemFailure("2e1424d4-f796-459a-8184-9c92662be6da")));

        assertJson("{'batchItemFailures':[{'itemIdentifier':'19dd0b57-b21e-4ac1-bd88-01bbb068cb78'},"
                + "{'itemIdentifier':'2e1424d4-f796-459a-8184-9c92662be6da'}]}", response);
        assertJson("{'batchItemFailures':[]}", new SQSBatchResponse(List.of()));
    }
}
