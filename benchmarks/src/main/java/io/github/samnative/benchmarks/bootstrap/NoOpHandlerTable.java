package io.github.samnative.benchmarks.bootstrap;

import io.github.samnative.benchmarks.handler.NoOpHandler;
import io.github.samnative.runtime.HandlerTable;
import io.github.samnative.runtime.handler.Handlers;
import io.github.samnative.runtime.handler.LambdaFunction;
import java.util.List;

/** Written as the sam-native plugin generates a table: a plain constructor, no reflection. */
public final class NoOpHandlerTable implements HandlerTable {

    /** The {@code _HANDLER} value, as template.yaml would name the function's handler. */
    public static final String NO_OP = "io.github.samnative.benchmarks.handler.NoOpHandler";

    @Override
    public List<String> names() {
        return List.of(NO_OP);
    }

    @Override
    public LambdaFunction create(String name) {
        if (NO_OP.equals(name)) {
            return Handlers.requestHandler(new NoOpHandler(),
                    Handlers.type(java.util.Map.class, Handlers.type(String.class), Handlers.type(Object.class)));
        }
        return null;
    }
}
