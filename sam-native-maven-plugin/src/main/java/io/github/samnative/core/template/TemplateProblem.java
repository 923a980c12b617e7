package io.github.samnative.core.template;

import java.util.Objects;

/**
 * One thing wrong with a template: where it is, which function it concerns (if any), what is wrong
 * and how to fix it.
 *
 * @param location where the problem was found
 * @param logicalId the function's LogicalId, or {@code null} for template-wide problems
 * @param problem what is wrong, as a sentence
 * @param fix what the user should change, as a sentence
 */
public record TemplateProblem(SourceLocation location, String logicalId, String problem, String fix) {

    public TemplateProblem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(fix, "fix");
    }

    /** {@code <file>, line N, function Id: problem}, then the fix on its own line. */
    public String render() {
        StringBuilder text = new StringBuilder(location.describe());
        if (logicalId != null) {
            text.append(", function ").append(logicalId);
        }
        return text.append(": ").append(problem).append("\n")
                .append("  Fix: ").append(fix)
                .toString();
    }
}
