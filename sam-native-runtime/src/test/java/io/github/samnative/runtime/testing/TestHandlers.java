package io.github.samnative.runtime.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.samnative.runtime.HandlerTable;
import io.github.samnative.runtime.handler.Handlers;
import io.github.samnative.runtime.handler.LambdaFunction;
import java.util.List;
import java.util.Map;

/** Written as the plugin generates it: plain constructors and method references, no reflection. */
public final class TestHandlers implements HandlerTable {

    public static final String GREETING = "io.github.samnative.runtime.testing.Fixtures$GreetingHandler";
    public static final String FAILING = "io.github.samnative.runtime.testing.Fixtures$FailingHandler";
    public static final String UPPERCASE_STREAM = "io.github.samnative.runtime.testing.Fixtures$UppercaseStreamHandler";
    public static final String SHOUT = "io.github.samnative.runtime.testing.Fixtures$Methods::shout";
    public static final String SUM = "io.github.samnative.runtime.testing.Fixtures$Methods::sum";
    public static final String DESCRIBE = "io.github.samnative.runtime.testing.Fixtures$Methods::describe";
    public static final String IGNORE = "io.github.samnative.runtime.testing.Fixtures$Methods::ignore";
    public static final String COPY = "io.github.samnative.runtime.testing.Fixtures$Methods::copy";
    public static final String REQUEST_ID = "io.github.samnative.runtime.testing.Fixtures$Methods::requestId";
    public static final String CONTEXT = "io.github.samnative.runtime.testing.Fixtures$ContextHandler";
    public static final String OVERSIZE = "io.github.samnative.runtime.testing.Fixtures$OversizeHandler";
    public static final String MEMORY_HOG = "io.github.samnative.runtime.testing.Fixtures$MemoryHogHandler";
    public static final String BROKEN_CONSTRUCTOR = "io.github.samnative.runtime.testing.Fixtures$BrokenConstructorHandler";
    public static final String LOGGING = "io.github.samnative.runtime.testing.Fixtures$LoggingHandler";

    @Override
    public List<String> names() {
        return List.of(GREETING, FAILING, UPPERCASE_STREAM, SHOUT, SUM, DESCRIBE, IGNORE, COPY, REQUEST_ID,
                CONTEXT, OVERSIZE, MEMORY_HOG, BROKEN_CONSTRUCTOR, LOGGING);
    }

    @Override
    public LambdaFunction create(String name) {
        switch (name) {
            case GREETING:
                return Handlers.requestHandler(new Fixtures.GreetingHandler(), Handlers.type(Fixtures.GreetingRequest.class));
            case FAILING:
                return Handlers.requestHandler(new Fixtures.FailingHandler(),
                        Handlers.type(Map.class, Handlers.type(String.class), Handlers.type(Object.class)));
            case UPPERCASE_STREAM:
                return Handlers.streamHandler(new Fixtures.UppercaseStreamHandler());
            case SHOUT: {
                Fixtures.Methods target = new Fixtures.Methods();
                return Handlers.<String, String>typed(Handlers.type(String.class), (input, context) -> target.shout(input));
            }
            case SUM: {
                Fixtures.Methods target = new Fixtures.Methods();
                return Handlers.<List<Integer>, Integer>typed(Handlers.type(List.class, Handlers.type(Integer.class)), target::sum);
            }
            case DESCRIBE: {
                Fixtures.Methods target = new Fixtures.Methods();
                return Handlers.<JsonNode, String>typed(Handlers.type(JsonNode.class), (input, context) -> target.describe(input));
            }
            case IGNORE: {
                Fixtures.Methods target = new Fixtures.Methods();
                return Handlers.<Map<String, Object>, Object>typed(
                        Handlers.type(Map.class, Handlers.type(String.class), Handlers.type(Object.class)),
                        (input, context) -> {
                            target.ignore(input);
                            return null;
                        });
            }
            case COPY:
                return Handlers.stream((input, output, context) -> Fixtures.Methods.copy(input, output));
            case REQUEST_ID: {
                Fixtures.Methods target = new Fixtures.Methods();
                return Handlers.stream(target::requestId);
            }
            case CONTEXT:
                return Handlers.requestHandler(new Fixtures.ContextHandler(),
                        Handlers.type(Map.class, Handlers.type(String.class), Handlers.type(Object.class)));
            case OVERSIZE:
                return Handlers.requestHandler(new Fixtures.OversizeHandler(), Handlers.type(Integer.class));
            case MEMORY_HOG:
                return Handlers.requestHandler(new Fixtures.MemoryHogHandler(),
                        Handlers.type(Map.class, Handlers.type(String.class), Handlers.type(Object.class)));
            case BROKEN_CONSTRUCTOR:
                return Handlers.requestHandler(new Fixtures.BrokenConstructorHandler(), Handlers.type(String.class));
            case LOGGING:
                return Handlers.requestHandler(new Fixtures.LoggingHandler(), Handlers.type(String.class));
            default:
                return null;
        }
    }

    /** The bootstrap's main, as generated, for tests that run the runtime as a child process. */
    public static final class Main {
        public static void main(String[] args) {
            io.github.samnative.runtime.LambdaRuntime.run(new TestHandlers());
        }
    }
}
