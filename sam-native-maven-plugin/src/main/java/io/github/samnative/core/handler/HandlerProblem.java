package io.github.samnative.core.handler;

import io.github.samnative.core.template.SourceLocation;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One handler that cannot be used: which functions name it, what is wrong and how to fix it.
 *
 * @param functions every function whose {@code Handler} is this string (at least one)
 * @param problem what is wrong, as a sentence
 * @param fix what the user should change, as a sentence
 */
public record HandlerProblem(List<FunctionHandler> functions, String problem, String fix) {

    public HandlerProblem {
        functions = List.copyOf(functions);
        if (functions.isEmpty()) {
            throw new IllegalArgumentException("a handler problem concerns at least one function");
        }
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(fix, "fix");
    }

    public String handler() {
        return functions.get(0).handler();
    }

    /** {@code <file>, line N, function Id, Handler "x": problem}, then the fix on its own line. */
    public String render() {
        StringBuilder text = new StringBuilder();
        SourceLocation location = functions.get(0).location();
        if (location != null) {
            text.append(location.describe()).append(", ");
        }
        String ids = functions.stream().map(FunctionHandler::logicalId).collect(Collectors.joining(", "));
        text.append(functions.size() == 1 ? "function " : "functions ").append(ids);
        text.append(", Handler \"").append(handler()).append("\": ").append(problem).append("\n");
        return text.append("  Fix: ").append(fix).toString();
    }
}
