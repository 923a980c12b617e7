package io.github.samnative.core.build;

import io.github.samnative.core.cache.CacheOutcome;
import io.github.samnative.core.image.BuildMode;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One row of the summary: a function whose bootstrap is in its artifact directory.
 *
 * @param buildKey the cache key (hex) of the image that was placed
 */
public record PlacedFunction(
        FunctionTarget function,
        BuildMode mode,
        Path artifactDirectory,
        long bootstrapBytes,
        Duration time,
        CacheOutcome outcome,
        String buildKey) {
}
