package io.github.samnative.core.makefile;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the targets a Makefile defines rules for. Enough of make's syntax for the question "is there
 * a rule for build-X": rule lines are {@code targets: prerequisites} (or {@code ::}), not recipe lines
 * (tab-indented), comments, or variable assignments ({@code :=}, {@code ::=}, {@code =} before the colon).
 */
final class MakefileTargets {

    private MakefileTargets() {
    }

    static Set<String> defined(List<String> lines) {
        Set<String> targets = new LinkedHashSet<>();
        for (String line : lines) {
            if (line.startsWith("\t")) {
                continue;
            }
            int hash = line.indexOf('#');
            String code = hash < 0 ? line : line.substring(0, hash);
            int colon = code.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String before = code.substring(0, colon);
            boolean assignment = before.contains("=") || code.startsWith(":=", colon) || code.startsWith("::=", colon);
            if (assignment) {
                continue;
            }
            for (String target : before.strip().split("\\s+")) {
                if (!target.isEmpty()) {
                    targets.add(target);
                }
            }
        }
        return targets;
    }
}
