package io.github.samnative.core.image;

import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options a jvm-mode bootstrap starts with, each dropped when the function's own
 * {@code JAVA_TOOL_OPTIONS} sets the same thing.
 *
 * <p>Lambda's managed Java runtime documents {@code JAVA_TOOL_OPTIONS} as the way to change its
 * defaults (e.g. {@code -XX:TieredStopAtLevel=4} for long-lived, busy functions, or another
 * collector). The JVM reads that variable before its command line, so a default on the command line
 * would silently win over the user's setting, and for the collector it would stop the JVM
 * ("Multiple garbage collectors selected"). The launcher therefore leaves a default out when the
 * variable names the same setting.
 */
final class LauncherDefaults {

    /**
     * One default: the shell variable that holds it (prefixed: a function's own variable of the same
     * name would otherwise be changed in the environment the JVM inherits), the option, and the
     * {@code case} patterns of options that set the same thing.
     */
    record Default(String variable, String option, String overriddenBy) {
    }

    /**
     * Chosen for cold starts, like the managed runtime's: one GC thread and no heap sizing work
     * (SerialGC), C1 only, no perf-data file written to /tmp, the class archive when it fits, and a
     * heap sized from the function's memory.
     */
    static final List<Default> DEFAULTS = List.of(
            new Default("samnative_gc", "-XX:+UseSerialGC", "-XX:[+-]Use*GC"),
            new Default("samnative_jit", "-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=*|-XX:[+-]TieredCompilation"),
            new Default("samnative_perf", "-XX:-UsePerfData", "-XX:[+-]UsePerfData"),
            new Default("samnative_share", "-Xshare:auto", "-Xshare:*"),
            new Default("samnative_heap", "-XX:MaxRAMPercentage=75", "-XX:MaxRAMPercentage=*"));

    private LauncherDefaults() {
    }

    /**
     * Shell lines that set one variable per default and empty those the user overrides; globbing is
     * off while the user's options are split into words, as the JVM splits them.
     */
    static String shellLines() {
        StringBuilder script = new StringBuilder();
        for (Default d : DEFAULTS) {
            script.append(d.variable()).append('=').append(d.option()).append('\n');
        }
        script.append("set -f\n");
        script.append("for samnative_option in $JAVA_TOOL_OPTIONS; do\n");
        script.append("  case $samnative_option in\n");
        for (Default d : DEFAULTS) {
            script.append("    ").append(d.overriddenBy()).append(") ").append(d.variable()).append("= ;;\n");
        }
        script.append("  esac\n");
        script.append("done\n");
        script.append("set +f\n");
        return script.toString();
    }

    /** The unquoted references, so that an emptied default leaves no argument behind. */
    static String references() {
        List<String> references = new ArrayList<>();
        for (Default d : DEFAULTS) {
            references.add("$" + d.variable());
        }
        return String.join(" ", references);
    }
}
