package io.github.samnative.core.local;

/**
 * Where local runs send what a developer watches: each function's stdout/stderr lines (prefixed
 * with the function's name, as {@code sam local} shows them), Lambda's START/END/REPORT lines, and
 * sam-native's own notices. The Mojo maps it to stderr or Maven's log; lines arrive from many
 * threads, so an implementation must be thread-safe.
 */
@FunctionalInterface
public interface LogSink {

    void line(String text);

    /** Something the user should act on (an unresolvable variable, a duplicate route). */
    default void warning(String text) {
        line(text);
    }

    static LogSink discard() {
        return text -> { };
    }
}
