package io.github.samnative.benchmarks.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/**
 * The function both runtimes run in the benchmark. It does no work, so what is measured is the
 * runtime's own cost per invocation: fetching the event, decoding it, encoding the answer.
 */
public final class NoOpHandler implements RequestHandler<Map<String, Object>, String> {

    @Override
    public String handleRequest(Map<String, Object> event, Context context) {
        return "ok";
    }
}
