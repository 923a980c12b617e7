package io.github.samnative.runtime.handler;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A handler as the event loop sees it: the raw event in, the raw response out.
 * Every handler shape users write (RequestHandler, RequestStreamHandler, Class::method)
 * is adapted to this one interface by {@link Handlers}.
 */
@FunctionalInterface
public interface LambdaFunction {
    void handle(InputStream event, OutputStream response, Context context) throws Exception;
}
