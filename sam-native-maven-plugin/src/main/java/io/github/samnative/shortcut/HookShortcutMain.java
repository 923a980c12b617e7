package io.github.samnative.shortcut;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.build.SummaryTable;
import io.github.samnative.core.cache.CacheLocation;
import io.github.samnative.core.process.SystemEnvironment;
import io.github.samnative.core.shortcut.HookShortcut;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The first half of every generated {@code build-<LogicalId>} recipe:
 * {@code java ... HookShortcutMain <LogicalId> || mvn -q -B sam-native:bootstrap ...}. Run by make
 * in the module's directory with {@code ARTIFACTS_DIR} set. Exit 0: the bootstrap is placed and
 * Maven is not needed. Any other exit lets the recipe run Maven, which decides everything afresh.
 */
public final class HookShortcutMain {

    /** Declined: nothing was placed, Maven must run. */
    static final int DECLINED = 3;

    private static final String PREFIX = "sam-native: ";

    private HookShortcutMain() {}

    public static void main(String[] args) {
        System.exit(run(args, SystemEnvironment.system(), Path.of("").toAbsolutePath()));
    }

    static int run(String[] args, SystemEnvironment environment, Path moduleDirectory) {
        String artifacts = environment.get("ARTIFACTS_DIR");
        if (args.length != 1 || artifacts == null || artifacts.isBlank()) {
            // Maven explains what is missing, better than a second message here would.
            return DECLINED;
        }
        String logicalId = args[0];
        Path cacheRoot = CacheLocation.resolve(null, environment, Path.of(System.getProperty("user.home")));
        try {
            HookShortcut.Outcome outcome = new HookShortcut(cacheRoot, environment, System.getProperty("java.home"),
                    Clock.systemUTC()).place(moduleDirectory, logicalId, Path.of(artifacts).toAbsolutePath());
            if (outcome.placed().isEmpty()) {
                System.out.println(PREFIX + "starting Maven for " + logicalId + " (" + outcome.declined() + ")");
                return DECLINED;
            }
            System.out.println(PREFIX + "same sources and settings as an earlier build; placed it without Maven");
            for (String line : SummaryTable.render(List.of(outcome.placed().get()))) {
                System.out.println(PREFIX + line);
            }
            return 0;
        } catch (SamNativeException | RuntimeException e) {
            System.out.println(PREFIX + "starting Maven for " + logicalId + " (the shortcut failed: " + e.getMessage() + ")");
            return DECLINED;
        }
    }
}
