package io.github.samnative.core.makefile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A Makefile's text as lines, remembering its line ending so an update writes the user's file back
 * with the endings it had.
 */
final class MakefileText {

    private final List<String> lines;
    private final String lineEnding;

    private MakefileText(List<String> lines, String lineEnding) {
        this.lines = lines;
        this.lineEnding = lineEnding;
    }

    /** The last element is empty when the text ends with a line ending. */
    static MakefileText of(String text) {
        String ending = text.contains("\r\n") ? "\r\n" : "\n";
        return new MakefileText(new ArrayList<>(Arrays.asList(text.split("\r?\n", -1))), ending);
    }

    List<String> lines() {
        return lines;
    }

    String lineEnding() {
        return lineEnding;
    }

    static String join(List<String> lines, String lineEnding) {
        return String.join(lineEnding, lines);
    }
}
