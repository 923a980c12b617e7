package io.github.samnative.runtime.serialization.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * For classes whose every key AWS capitalises ({@code MessageId}, {@code TopicArn},
 * {@code SigningCertUrl}, ...): one naming rule instead of a renamed accessor per key.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
abstract class PascalCaseMixIn {
}
