package io.github.samnative.core.local.dynamodb;

import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one table on start: created, or kept as the data directory had it.
 *
 * @param warning set when a kept table differs from the template in a way functions would notice
 */
public record TableOutcome(String tableName, Status status, Optional<String> warning) {

    public enum Status { CREATED, KEPT }

    public TableOutcome {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(warning, "warning");
    }
}
