package io.github.samnative.core.build;

import io.github.samnative.core.template.Architecture;

/**
 * A function as the build needs it: which handler goes into the executable, for which CPU, and
 * where in the user's files it was declared (for messages).
 */
public record FunctionTarget(String logicalId, String handler, Architecture architecture, String declaredAt) {
}
