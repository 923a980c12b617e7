package io.github.samnative.runtime.handler;

import com.amazonaws.services.lambda.runtime.Context;

/** A handler method that takes a deserialized event, as {@code (I)} or {@code (I, Context)}. */
@FunctionalInterface
public interface TypedFunction<I, O> {
    O apply(I input, Context context) throws Exception;
}
