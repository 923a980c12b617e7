package io.github.samnative.runtime.serialization.events;

import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Date;

/**
 * The {@code dynamodb} part of a stream record: capitalised keys ({@code Keys},
 * {@code NewImage}, {@code SequenceNumber}, ...) and a creation time in epoch seconds.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
abstract class DynamodbStreamRecordMixIn {

    @JsonSerialize(using = EpochSecondsSerializer.class)
    abstract Date getApproximateCreationDateTime();

    @JsonDeserialize(using = EpochSecondsDeserializer.class)
    abstract void setApproximateCreationDateTime(Date approximateCreationDateTime);

    /** The setter throws on null, which an unknown (newer) view type reads as: leave it unset. */
    @JsonSetter(nulls = Nulls.SKIP)
    abstract void setStreamViewType(StreamViewType streamViewType);
}
