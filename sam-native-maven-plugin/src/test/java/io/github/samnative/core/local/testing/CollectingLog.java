package io.github.samnative.core.local.testing;

import io.github.samnative.core.local.LogSink;
import java.util.ArrayList;
import java.util.List;

/** A log sink that keeps every line (and echoes it, so that a failing test's report shows the run). */
public final class CollectingLog implements LogSink {

    private final List<String> lines = new ArrayList<>();

    @Override
    public void line(String text) {
        synchronized (lines) {
            lines.add(text);
        }
        System.err.println(text);
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
