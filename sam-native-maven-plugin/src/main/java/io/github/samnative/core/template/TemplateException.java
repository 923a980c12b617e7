package io.github.samnative.core.template;

import io.github.samnative.core.SamNativeException;
import java.util.List;

/**
 * The template cannot be used as it is. The message lists every problem found (not just the first),
 * each with file, line, function and fix, so one run tells the user everything to change.
 */
public class TemplateException extends SamNativeException {

    private final List<TemplateProblem> problems;

    public TemplateException(TemplateProblem problem) {
        this(List.of(problem));
    }

    public TemplateException(List<TemplateProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public TemplateException(TemplateProblem problem, Throwable cause) {
        super(message(List.of(problem)), cause);
        this.problems = List.of(problem);
    }

    public List<TemplateProblem> problems() {
        return problems;
    }

    private static String message(List<TemplateProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a TemplateException needs at least one problem");
        }
        if (problems.size() == 1) {
            return problems.get(0).render();
        }
        String newline = "\n";
        StringBuilder text = new StringBuilder("The template has ").append(problems.size()).append(" problems:");
        for (TemplateProblem problem : problems) {
            text.append(newline).append(newline).append(problem.render());
        }
        return text.toString();
    }
}
