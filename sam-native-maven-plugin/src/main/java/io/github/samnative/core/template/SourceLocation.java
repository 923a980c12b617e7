package io.github.samnative.core.template;

import java.nio.file.Path;
import java.util.Objects;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Where something was written in a template: the file and a 1-based line (0 when unknown), so
 * messages can send the user straight to it.
 */
public record SourceLocation(Path file, int line) {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    /** The location of a node; snakeyaml counts lines from 0, people count from 1. */
    static SourceLocation of(Path file, Node node) {
        if (node == null || node.getStartMark() == null) {
            return new SourceLocation(file, 0);
        }
        return new SourceLocation(file, node.getStartMark().getLine() + 1);
    }

    public boolean hasLine() {
        return line > 0;
    }

    /** {@code /p/template.yaml, line 12}, or just the file when the line is unknown. */
    public String describe() {
        return hasLine() ? file + ", line " + line : file.toString();
    }

    /** {@code template.yaml line 12}: short form for messages that already name the file elsewhere. */
    public String describeShort() {
        Path name = file.getFileName();
        String shown = name == null ? file.toString() : name.toString();
        return hasLine() ? shown + " line " + line : shown;
    }
}
