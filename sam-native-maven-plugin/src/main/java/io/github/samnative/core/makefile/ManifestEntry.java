package io.github.samnative.core.makefile;

import io.github.samnative.core.template.Architecture;
import io.github.samnative.core.template.ServerlessFunction;
import java.util.Objects;

/**
 * What {@code sam-native:bootstrap} needs to know of one function when it runs inside SAM's scratch
 * copy of the function's directory, where the template is not: its LogicalId, Handler and architecture.
 */
public record ManifestEntry(String logicalId, String handler, Architecture architecture) {

    public ManifestEntry {
        Objects.requireNonNull(logicalId, "logicalId");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(architecture, "architecture");
    }

    public static ManifestEntry of(ServerlessFunction function) {
        return new ManifestEntry(function.logicalId(), function.handler(), function.architecture());
    }

    /** {@code # sam-native:function <LogicalId> handler=<Handler> architecture=<arch>}. */
    String toLine() {
        return MakefileManifest.ENTRY_PREFIX + logicalId + " handler=" + handler
                + " architecture=" + architecture.templateName();
    }
}
