package io.github.samnative.runtime.serialization.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** EventBridge spells the detail type with a hyphen. */
abstract class ScheduledEventMixIn {

    @JsonProperty("detail-type")
    abstract String getDetailType();

    @JsonProperty("detail-type")
    abstract void setDetailType(String detailType);
}
