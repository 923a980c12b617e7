package io.github.samnative.core.shortcut;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.build.FunctionTarget;
import io.github.samnative.core.build.PlacedFunction;
import io.github.samnative.core.build.SamNativeBuild;
import io.github.samnative.core.cache.BuildCache;
import io.github.samnative.core.cache.CacheEntry;
import io.github.samnative.core.cache.CacheKey;
import io.github.samnative.core.cache.CacheLimits;
import io.github.samnative.core.cache.CacheListener;
import io.github.samnative.core.cache.CacheOutcome;
import io.github.samnative.core.cache.Placement;
import io.github.samnative.core.process.SystemEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Answers a makefile-hook call without Maven when it can: SAM calls the hook once per function,
 * each from a fresh copy of the same module, and after the first call Maven would only find the
 * same build in the cache again, after seconds of start-up. When the module's files, and what the
 * first run's {@link ShortcutRecord} lists, are unchanged, the recorded build is placed directly.
 * Anything else, and any doubt, declines, and the Makefile runs Maven as before.
 */
public final class HookShortcut {

    /** Placed, or declined with the reason Maven has to run. */
    public record Outcome(Optional<PlacedFunction> placed, String declined) {
        static Outcome placed(PlacedFunction function) {
            return new Outcome(Optional.of(function), null);
        }

        static Outcome declined(String reason) {
            return new Outcome(Optional.empty(), reason);
        }
    }

    private final ShortcutStore store;
    private final Path cacheRoot;
    private final SystemEnvironment environment;
    private final String javaHome;
    private final Clock clock;

    /** @param javaHome the Java this runs on, which must be the one that ran Maven */
    public HookShortcut(Path cacheRoot, SystemEnvironment environment, String javaHome, Clock clock) {
        this.store = new ShortcutStore(cacheRoot);
        this.cacheRoot = cacheRoot;
        this.environment = environment;
        this.javaHome = javaHome;
        this.clock = clock;
    }

    public Outcome place(Path moduleDirectory, String logicalId, Path artifactsDirectory) throws SamNativeException {
        Instant start = clock.instant();
        String fingerprint = store.fingerprintMemo().fingerprint(moduleDirectory);
        Optional<ShortcutRecord> found;
        try {
            found = store.read(fingerprint);
        } catch (IOException e) {
            return Outcome.declined("the shortcut record cannot be read (" + e.getMessage() + ")");
        }
        if (found.isEmpty()) {
            return Outcome.declined("no earlier hook build of these sources");
        }
        ShortcutRecord record = found.get();
        Optional<String> difference = ShortcutConditions.difference(record, environment, javaHome);
        if (difference.isPresent()) {
            return Outcome.declined(difference.get());
        }
        FunctionTarget target = null;
        for (FunctionTarget function : record.functions()) {
            if (function.logicalId().equals(logicalId)) {
                target = function;
                break;
            }
        }
        if (target == null) {
            return Outcome.declined(logicalId + " is not one of the functions of the earlier build");
        }
        BuildCache cache = new BuildCache(cacheRoot, CacheLimits.DEFAULT, CacheListener.NONE, clock);
        Optional<CacheEntry> entry = cache.reuse(CacheKey.ofHex(record.key()));
        if (entry.isEmpty()) {
            return Outcome.declined("the earlier build is no longer in the cache");
        }
        try (CacheEntry open = entry.get()) {
            Placement.copy(open, artifactsDirectory, record.mode().sharedFiles());
        }
        return Outcome.placed(new PlacedFunction(target, record.mode(), artifactsDirectory,
                SamNativeBuild.sizeOf(artifactsDirectory), Duration.between(start, clock.instant()),
                CacheOutcome.REUSED, record.key()));
    }
}
