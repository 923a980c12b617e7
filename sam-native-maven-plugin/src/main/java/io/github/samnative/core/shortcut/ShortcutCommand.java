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
     *
     * <p>{@code -XX:ArchiveRelocationMode=0} maps the class archives at the address they were made
     * for: JDK 17 builds that relocate them at every start by default spend about 20 ms of a call on it
     * (Debian's 17.0.15 here). Relocation exists for address-space randomization, which matters to a
     * server taking input from others and not to this call, which reads the user's own build. The
     * option is diagnostic, hence the unlock, and a JDK that no longer knows it ignores it.
     */
    public static final List<String> JVM_OPTIONS =
            List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:-UsePerfData",
                    "-Xshare:auto", "-Xlog:disable", "-XX:+IgnoreUnrecognizedVMOptions", "-XX:+UnlockDiagnosticVMOptions",
                    "-XX:ArchiveRelocationMode=0");

    private ShortcutCommand() {}
}
