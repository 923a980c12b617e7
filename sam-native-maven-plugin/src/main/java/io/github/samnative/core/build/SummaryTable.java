package io.github.samnative.core.build;

import java.util.ArrayList;
import java.util.List;

/** The table printed at the end of a build: function, handler, architecture, mode, size, time, cache. */
public final class SummaryTable {

    private static final List<String> HEADINGS = List.of("Function", "Handler", "Arch", "Mode", "Size", "Time", "Image");

    private SummaryTable() {}

    public static List<String> render(List<PlacedFunction> rows) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(HEADINGS);
        for (PlacedFunction row : rows) {
            cells.add(List.of(
                    row.function().logicalId(),
                    row.function().handler(),
                    row.function().architecture().templateName(),
                    row.mode().id(),
                    size(row.bootstrapBytes()),
                    oneDecimal(row.time().toMillis() / 1000.0) + " s",
                    outcome(row)));
        }
        int[] widths = new int[HEADINGS.size()];
        for (List<String> line : cells) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < cells.size(); r++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                String cell = cells.get(r).get(i);
                text.append(i == 0 ? "" : "  ").append(cell).append(" ".repeat(widths[i] - cell.length()));
            }
            lines.add(text.toString().stripTrailing());
            if (r == 0) {
                StringBuilder rule = new StringBuilder();
                for (int i = 0; i < widths.length; i++) {
                    rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
                }
                lines.add(rule.toString());
            }
        }
        return lines;
    }

    private static String outcome(PlacedFunction row) {
        switch (row.outcome()) {
            case BUILT:
                return "built";
            case REUSED:
                return "reused (cache)";
            default:
                return "rebuilt (cache entry was corrupt)";
        }
    }

    /** Bootstrap size: the whole artifact directory, which is what Lambda unpacks. */
    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return oneDecimal(bytes / 1024.0) + " KB";
        }
        return oneDecimal(bytes / (1024.0 * 1024.0)) + " MB";
    }

    /**
     * A non-negative number rounded half up to one decimal, with a '.' whatever the locale; by hand,
     * not with {@code %.1f}, because the hook shortcut prints this table and {@code Formatter}'s
     * start-up is a noticeable part of a call that must stay short.
     */
    static String oneDecimal(double value) {
        long tenths = Math.round(value * 10);
        return (tenths / 10) + "." + (tenths % 10);
    }
}
