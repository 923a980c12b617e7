package io.github.samnative.runtime.handler;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.InputStream;
import java.io.OutputStream;

/** A handler method of the shape {@code (InputStream, OutputStream[, Context])}. */
@FunctionalInterface
public interface StreamFunction {
    void apply(InputStream input, OutputStream output, Context context) throws Exception;
}
