package io.github.samnative.runtime.serialization.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** S3 names these after the HTTP response headers they come from. */
abstract class S3ResponseElementsMixIn {

    @JsonProperty("x-amz-id-2")
    abstract String getxAmzId2();

    @JsonProperty("x-amz-request-id")
    abstract String getxAmzRequestId();
}
