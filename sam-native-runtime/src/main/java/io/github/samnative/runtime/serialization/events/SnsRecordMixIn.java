package io.github.samnative.runtime.serialization.events;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * SNS records use capitalised keys ({@code EventSource}, {@code EventSubscriptionArn}); the
 * message itself is {@code Sns}, which the class spells {@code getSNS()} but {@code setSns()}.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
abstract class SnsRecordMixIn {

    @JsonProperty("Sns")
    abstract SNSEvent.SNS getSNS();

    @JsonProperty("Sns")
    abstract void setSns(SNSEvent.SNS sns);
}
