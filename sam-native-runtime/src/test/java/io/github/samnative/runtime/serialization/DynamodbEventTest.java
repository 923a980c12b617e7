package io.github.samnative.runtime.serialization;

import static io.github.samnative.runtime.serialization.SampleEvents.json;
import static io.github.samnative.runtime.serialization.SampleEvents.mapper;
import static io.github.samnative.runtime.serialization.SampleEvents.read;
import static io.github.samnative.runtime.serialization.SampleEvents.tree;
import static io.github.samnative.runtime.serialization.SampleEvents.utf8;
import static io.github.samnative.runtime.serialization.SampleEvents.written;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DynamodbEventTest {

    private static final String STREAM_ARN =
            "arn:aws:dynamodb:us-east-1:123456789012:table/ExampleTableWithStream/stream/2015-06-27T00:48:05.899";

    @Test
    void sampleStreamRecordsFillEveryField() throws Exception {
        DynamodbEvent event = read("dynamodb-update.json", DynamodbEvent.class);

        assertEquals(3, event.getRecords().size());
        DynamodbEvent.DynamodbStreamRecord insert = event.getRecords().get(0);
        assertEquals("c4ca4238a0b923820dcc509a6f75849b", insert.getEventID());
        assertEquals("INSERT", insert.getEventName());
        assertEquals("1.1", insert.getEventVersion());
        assertEquals("aws:dynamodb", insert.getEventSource());
        assertEquals("us-east-1", insert.getAwsRegion());
        assertEquals(STREAM_ARN, insert.getEventSourceARN());

        StreamRecord change = insert.getDynamodb();
        assertEquals(Date.from(Instant.parse("2015-04-09T00:00:00Z")), change.getApproximateCreationDateTime());
        assertEquals("4421584500000000017450439091", change.getSequenceNumber());
        assertEquals(26L, change.getSizeBytes());
        assertEquals("NEW_AND_OLD_IMAGES", change.getStreamViewType());
        assertEquals("101", change.getKeys().get("Id").getN());
        assertEquals("New item!", change.getNewImage().get("Message").getS());
        assertEquals("101", change.getNewImage().get("Id").getN());
        assertNull(change.getOldImage());

        DynamodbEvent.DynamodbStreamRecord modify = event.getRecords().get(1);
        assertEquals("MODIFY", modify.getEventName());
        assertEquals("This item has changed", modify.getDynamodb().getNewImage().get("Message").getS());
        assertEquals("New item!", modify.getDynamodb().getOldImage().get("Message").getS());
        assertEquals(59L, modify.getDynamodb().getSizeBytes());

        DynamodbEvent.DynamodbStreamRecord remove = event.getRecords().get(2);
        assertEquals("REMOVE", remove.getEventName());
        assertEquals("eccbc87e4b5ce2fe28308fd9f2a7baf3", remove.getEventID());
        assertEquals("4421584500000000017450439093", remove.getDynamodb().getSequenceNumber());
        assertNull(remove.getDynamodb().getNewImage());
        assertEquals("This item has changed", remove.getDynamodb().getOldImage().get("Message").getS());
    }

    @Test
    void everyAttributeTypeIsRead() throws Exception {
        Map<String, AttributeValue> image = imageOf("{'s':{'S':'text'},'n':{'N':'-12.5'},'b':{'B':'AQID'},"
                + "'ss':{'SS':['a','b']},'ns':{'NS':['1','2.5']},'bs':{'BS':['aGk=','eW8=']},"
                + "'m':{'M':{'inner':{'S':'deep'},'flag':{'BOOL':false}}},"
                + "'l':{'L':[{'N':'1'},{'S':'two'},{'L':[{'NULL':true}]}]},"
                + "'nul':{'NULL':true},'yes':{'BOOL':true}}");

        assertEquals("text", image.get("s").getS());
        assertEquals("-12.5", image.get("n").getN());
        assertEquals(List.of((byte) 1, (byte) 2, (byte) 3), bytes(image.get("b")));
        assertEquals(List.of("a", "b"), image.get("ss").getSS());
        assertEquals(List.of("1", "2.5"), image.get("ns").getNS());
        assertEquals(List.of("hi", "yo"),
                image.get("bs").getBS().stream().map(SampleEvents::utf8).collect(Collectors.toList()));
        assertEquals("deep", image.get("m").getM().get("inner").getS());
        assertEquals(Boolean.FALSE, image.get("m").getM().get("flag").getBOOL());
        List<AttributeValue> list = image.get("l").getL();
        assertEquals("1", list.get(0).getN());
        assertEquals("two", list.get(1).getS());
        assertEquals(Boolean.TRUE, list.get(2).getL().get(0).getNULL());
        assertEquals(Boolean.TRUE, image.get("nul").getNULL());
        assertEquals(Boolean.TRUE, image.get("yes").getBOOL());
        assertNull(image.get("yes").getS());
    }

    @Test
    void attributeValuesAreWrittenBackInWireForm() throws Exception {
        String wire = "{'b':{'B':'AQID'},'bs':{'BS':['aGk=']},'ss':{'SS':['a']},'ns':{'NS':['1']},"
                + "'m':{'M':{'x':{'N':'1'}}},'l':{'L':[{'S':'y'},{'NULL':true}]},'t':{'BOOL':true}}";
        Map<String, AttributeValue> image = imageOf(wire);

        JsonNode newImage = written(wrap(image)).path("Records").get(0)
                .path("dynamodb").path("NewImage");
        assertEquals(json(wire), newImage);
        assertEquals("hi", utf8(image.get("bs").getBS().get(0)));
    }

    @Test
    void unknownViewTypeAndUnknownAttributeTypeAreSkipped() throws Exception {
        DynamodbEvent event = mapper().readValue(json("{'Records':[{'dynamodb':{'StreamViewType':'FUTURE_VIEW',"
                + "'Keys':{'Id':{'S':'1','VECTOR':[1,2]}}}}]}").toString(), DynamodbEvent.class);

        StreamRecord change = event.getRecords().get(0).getDynamodb();
        assertNull(change.getStreamViewType());
        assertEquals("1", change.getKeys().get("Id").getS());
    }

    @Test
    void timeToLiveDeletionNamesTheServiceAsTheUser() throws Exception {
        DynamodbEvent event = mapper().readValue(json("{'Records':[{'eventName':'REMOVE',"
                + "'userIdentity':{'type':'Service','principalId':'dynamodb.amazonaws.com'},"
                + "'dynamodb':{'Keys':{'Id':{'N':'7'}},'StreamViewType':'KEYS_ONLY'}}]}").toString(),
                DynamodbEvent.class);

        DynamodbEvent.DynamodbStreamRecord record = event.getRecords().get(0);
        assertEquals("Service", record.getUserIdentity().getType());
        assertEquals("dynamodb.amazonaws.com", record.getUserIdentity().getPrincipalId());
        assertEquals("KEYS_ONLY", record.getDynamodb().getStreamViewType());
    }

    @Test
    void creationTimeKeepsFractionalSeconds() throws Exception {
        DynamodbEvent event = mapper().readValue(json("{'Records':[{'dynamodb':"
                + "{'ApproximateCreationDateTime':1428537600.123}}]}").toString(), DynamodbEvent.class);

        assertEquals(Date.from(Instant.parse("2015-04-09T00:00:00.123Z")),
                event.getRecords().get(0).getDynamodb().getApproximateCreationDateTime());
    }

    @Test
    void eventIsWrittenBackWithAwsNames() throws Exception {
        DynamodbEvent event = read("dynamodb-update.json", DynamodbEvent.class);

        assertEquals(tree("dynamodb-update.json"), written(event));
    }

    private static Map<String, AttributeValue> imageOf(String image) throws Exception {
        DynamodbEvent event = mapper().readValue(
                json("{'Records':[{'dynamodb':{'NewImage':" + image + "}}]}").toString(), DynamodbEvent.class);
        return event.getRecords().get(0).getDynamodb().getNewImage();
    }

    private static DynamodbEvent wrap(Map<String, AttributeValue> image) {
        StreamRecord change = new StreamRecord();
        change.setNewImage(image);
        DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
        record.setDynamodb(change);
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(List.of(record));
        return event;
    }

    private static List<Byte> bytes(AttributeValue value) {
        byte[] array = new byte[value.getB().remaining()];
        value.getB().duplicate().get(array);
        assertTrue(array.length > 0);
        List<Byte> list = new java.util.ArrayList<>();
        for (byte b : array) {
            list.add(b);
        }
        return list;
    }
}
