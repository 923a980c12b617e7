package io.github.samnative.core.local.testing;

import io.github.samnative.core.local.LogSink;
import java.util.ArrayList;
import java.util.List;

/** A log sink that keeps every line (and echoes it, so that a failing test's report shows the run). */
public final class CollectingLog implements LogSink {

    private final List<String> lines = new ArrayList<>();
    private final List<Long> times = new ArrayList<>();

    @Override
    public void line(String text) {
        synchronized (lines) {
            lines.add(text);
            times.add(System.nanoTime());
        }
        System.err.println(text);
    }

    /** {@link System#nanoTime()} when the first line containing {@code text} was written. */
    public long timeOfFirstLineContaining(String text) {
        synchronized (lines) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return times.get(i);
                }
            }
        }
        throw new AssertionError("no line contains " + text + " in " + lines());
    }

    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    public List<String> linesContaining(String text) {
        return lines().stream().filter(line -> line.contains(text)).toList();
    }
}
