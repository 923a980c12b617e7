package io.github.samnative.core.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
        ByteArrayOutputStream kept = new ByteArrayOutputStream(Math.min(limit, 64 * 1024));
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
            if (total + n <= limit) {
                kept.write(buffer, 0, n);
            }
            total += n;
        }
        return total > limit ? Optional.empty() : Optional.of(kept.toByteArray());
    }
}
