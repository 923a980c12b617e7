package io.github.samnative.runtime.serialization.events;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType;
import com.amazonaws.services.lambda.runtime.events.models.kinesis.Record;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maps the JSON that AWS sends onto the classes of aws-lambda-java-events, and those classes back
 * onto the JSON AWS expects.
 *
 * <p>Two tools, each where it fits: mix-ins where an event class is a plain bean whose names or
 * value formats differ from AWS's JSON ({@code Records}, {@code eventSourceARN}, SNS's
 * {@code PascalCase}, epoch-second dates), and explicit deserializers where the class cannot be
 * filled as a bean (S3's constructor-only classes, DynamoDB's one-of {@code AttributeValue}). The
 * explicit ones use plain {@code new} and setters, so a native image needs no reflection for them.
 *
 * <p>Every class of this package refers to aws-lambda-java-events (or Joda-Time); none is loaded
 * unless {@code LambdaJson} found those libraries on the class path.
 */
public final class AwsEventsModule {

    static final String NAME = "sam-native-aws-lambda-java-events";

    private AwsEventsModule() {}

    /**
     * @param withJoda whether Joda-Time is on the class path; without it the event classes that
     *     carry Joda dates (SNS, S3, ScheduledEvent) cannot be loaded anyway, while the others still
     *     map
     */
    public static Module create(boolean withJoda) {
        SimpleModule module = new SimpleModule(NAME, Version.unknownVersion());
        mixIns().forEach(module::setMixInAnnotation);
        module.addDeserializer(AttributeValue.class, new AttributeValueDeserializer());
        module.addSerializer(AttributeValue.class, new AttributeValueSerializer());
        module.addDeserializer(StreamViewType.class, new StreamViewTypeDeserializer());
        module.addDeserializer(S3EventNotification.class,
                new S3EventDeserializer<>(S3EventNotification.class, S3EventNotification::new));
        module.addDeserializer(S3Event.class, new S3EventDeserializer<>(S3Event.class, S3Event::new));
        if (withJoda) {
            JodaDateTimes.register(module);
        }
        return module;
    }

    /** Event class to the mix-in that carries its AWS names; Jackson reads the mix-ins reflectively. */
    static Map<Class<?>, Class<?>> mixIns() {
        Map<Class<?>, Class<?>> mixIns = new LinkedHashMap<>();
        mixIns.put(SQSEvent.class, RecordsMixIn.class);
        mixIns.put(SNSEvent.class, RecordsMixIn.class);
        mixIns.put(DynamodbEvent.class, RecordsMixIn.class);
        mixIns.put(KinesisEvent.class, RecordsMixIn.class);
        mixIns.put(S3EventNotification.class, RecordsMixIn.class);
        mixIns.put(SQSEvent.SQSMessage.class, SqsMessageMixIn.class);
        mixIns.put(SNSEvent.SNSRecord.class, SnsRecordMixIn.class);
        mixIns.put(SNSEvent.SNS.class, PascalCaseMixIn.class);
        mixIns.put(SNSEvent.MessageAttribute.class, PascalCaseMixIn.class);
        mixIns.put(StreamRecord.class, DynamodbStreamRecordMixIn.class);
        mixIns.put(Record.class, KinesisRecordMixIn.class);
        mixIns.put(ScheduledEvent.class, ScheduledEventMixIn.class);
        mixIns.put(S3EventNotification.S3ObjectEntity.class, S3ObjectMixIn.class);
        mixIns.put(S3EventNotification.ResponseElementsEntity.class, S3ResponseElementsMixIn.class);
        return mixIns;
    }
}
