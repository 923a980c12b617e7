package io.github.samnative.runtime.serialization.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** SQS, SNS, S3, DynamoDB and Kinesis events list their records under a capitalised key. */
abstract class RecordsMixIn {

    @JsonProperty("Records")
    abstract List<?> getRecords();

    @JsonProperty("Records")
    abstract void setRecords(List<?> records);
}
