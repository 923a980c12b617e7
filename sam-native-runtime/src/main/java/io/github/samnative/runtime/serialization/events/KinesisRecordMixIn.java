package io.github.samnative.runtime.serialization.events;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Date;

/** Kinesis sends the arrival time in epoch seconds with a fraction, not in milliseconds. */
abstract class KinesisRecordMixIn {

    @JsonSerialize(using = EpochSecondsSerializer.class)
    abstract Date getApproximateArrivalTimestamp();

    @JsonDeserialize(using = EpochSecondsDeserializer.class)
    abstract void setApproximateArrivalTimestamp(Date approximateArrivalTimestamp);
}
