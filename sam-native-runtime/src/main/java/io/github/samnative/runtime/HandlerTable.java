package io.github.samnative.runtime;

import io.github.samnative.runtime.handler.LambdaFunction;
import java.util.List;

/**
 * Every handler a bootstrap can run, known when it was built. The sam-native Maven plugin
 * generates the implementation (plain {@code new} and method references, no reflection) and a
 * {@code main} that passes it to {@link LambdaRuntime#run(HandlerTable)}; {@code _HANDLER}
 * picks one entry at start-up.
 */
public interface HandlerTable {

    /** The {@code _HANDLER} values this table answers to, as written in template.yaml. */
    List<String> names();

    /**
     * Creates the handler named {@code name}, running its constructor and static initialisers.
     *
     * @return the handler, or {@code null} when this table has no such name
     * @throws Exception whatever the user's constructor or static initialiser threw
     */
    LambdaFunction create(String name) throws Exception;
}
