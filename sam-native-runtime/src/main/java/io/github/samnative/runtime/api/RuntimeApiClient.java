package io.github.samnative.runtime.api;

import java.io.IOException;

/** One method per Runtime API endpoint the runtime uses. */
public interface RuntimeApiClient {

    /** Blocks until Lambda hands out the next event. */
    Invocation next() throws IOException;

    void respond(String requestId, byte[] body, int length) throws IOException;

    void reportInvocationError(String requestId, ErrorReport error) throws IOException;

    void reportInitError(ErrorReport error) throws IOException;
}
