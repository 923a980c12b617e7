package io.github.samnative.runtime.serialization.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Convenience getters of the S3 object that are not part of the notification. */
abstract class S3ObjectMixIn {

    @JsonIgnore
    abstract String getUrlDecodedKey();

    @JsonIgnore
    abstract Long getSizeAsLong();
}
