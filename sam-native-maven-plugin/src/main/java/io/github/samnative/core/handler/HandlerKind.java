package io.github.samnative.core.handler;

/** The shapes of handler the managed Java runtime accepts, and so do we. */
public enum HandlerKind {
    /** {@code pkg.Class} implementing {@code RequestHandler<I, O>}. */
    REQUEST_HANDLER,
    /** {@code pkg.Class} implementing {@code RequestStreamHandler}. */
    STREAM_HANDLER,
    /** {@code pkg.Class::method} taking {@code (I)} or {@code (I, Context)}. */
    TYPED_METHOD,
    /** {@code pkg.Class::method} taking {@code (InputStream, OutputStream)} or {@code (InputStream, OutputStream, Context)}. */
    STREAM_METHOD
}
