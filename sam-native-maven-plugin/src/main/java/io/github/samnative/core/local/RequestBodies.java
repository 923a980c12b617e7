package io.github.samnative.core.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/** Reads HTTP request bodies against a size limit. */
public final class RequestBodies {

    private RequestBodies() {
    }

    /**
     * Reads the whole body, keeping at most {@code limit} bytes. An oversized body is still read to
     * its end, so that the client gets the error response instead of a reset connection while it is
     * still sending.
     *
     * @return the body, or empty when it is larger than {@code limit}
     */
    public static Optional<byte[]> read(InputStream body, int limit) throws IOException {
        // readNBytes grows with what arrives: a small body costs a small buffer, not a limit-sized one.
        byte[] kept = body.readNBytes(limit);
        if (kept.length == limit && body.read() >= 0) {
            body.transferTo(OutputStream.nullOutputStream());
            return Optional.empty();
        }
        return Optional.of(kept);
    }
}
