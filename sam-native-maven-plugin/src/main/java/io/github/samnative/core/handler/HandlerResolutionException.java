package io.github.samnative.core.handler;

import io.github.samnative.core.SamNativeException;
import java.util.List;

/**
 * Some handlers of the template do not fit the compiled classes. The message lists every such
 * handler (not just the first), each with its functions, what is wrong and the fix.
 */
public class HandlerResolutionException extends SamNativeException {

    private final List<HandlerProblem> problems;

    public HandlerResolutionException(List<HandlerProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<HandlerProblem> problems() {
        return problems;
    }

    private static String message(List<HandlerProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a HandlerResolutionException needs at least one problem");
        }
        if (problems.size() == 1) {
            return problems.get(0).render();
        }
        StringBuilder text = new StringBuilder(problems.size() + " handlers cannot be used:");
        for (HandlerProblem problem : problems) {
            text.append("\n\n").append(problem.render());
        }
        return text.toString();
    }
}
