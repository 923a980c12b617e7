package io.github.samnative.core.shortcut;

import java.util.List;

/**
 * How the shortcut's Java is started, the same in every generated Makefile and in the run that
 * prepares its class archive ({@link ShortcutClassArchive}): a class archive is only used by a
 * JVM whose options match the ones it was made with.
 */
public final class ShortcutCommand {

    /** {@code io.github.samnative.shortcut.HookShortcutMain}, named here so the core does not depend on it. */
    public static final String MAIN_CLASS = "io.github.samnative.shortcut.HookShortcutMain";

    /** The class archive's file name in the launcher directory ({@link ShortcutStore#launcherDirectory()}). */
    public static final String CLASS_ARCHIVE = "classes.jsa";

    /**
     * The serial GC and the quick JIT only, with one compiler thread (a second one competes with
     * the call for the CPU more than it helps it, about 5% of a call here): a call lives under half
     * a second and reads few bytes (settled files are not hashed again). {@code -Xlog:disable}
     * because the JVM reports an archive that does not fit (made by another Java, or not made yet)
     * on stdout, which make shows; the call then simply runs without it.
     */
    public static final List<String> JVM_OPTIONS =
            List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:-UsePerfData",
                    "-Xshare:auto", "-Xlog:disable");

    private ShortcutCommand() {}
}
