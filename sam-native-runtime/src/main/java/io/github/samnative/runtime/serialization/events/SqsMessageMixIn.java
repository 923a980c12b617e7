package io.github.samnative.runtime.serialization.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The bean property is {@code eventSourceArn}; SQS sends {@code eventSourceARN}. */
abstract class SqsMessageMixIn {

    @JsonProperty("eventSourceARN")
    abstract String getEventSourceArn();

    @JsonProperty("eventSourceARN")
    abstract void setEventSourceArn(String eventSourceArn);
}
