package io.github.samnative.runtime.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Buffered reads from the Runtime API socket. Response heads are parsed a byte at a time, which
 * through BufferedInputStream costs a lock per byte; this buffer is owned by the one loop thread.
 */
final class SocketReader {

    private final InputStream in;
    private final byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;

    SocketReader(InputStream in) {
        this.in = in;
    }

    /** The next byte, or -1 at the end of the stream. */
    int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    /** Up to {@code length} bytes: fewer only when the stream ends first. */
    byte[] readNBytes(int length) throws IOException {
        byte[] bytes = new byte[length];
        int copied = Math.min(length, limit - position);
        System.arraycopy(buffer, position, bytes, 0, copied);
        position += copied;
        while (copied < length) {
            int n = in.read(bytes, copied, length - copied);
            if (n < 0) {
                return Arrays.copyOf(bytes, copied);
            }
            copied += n;
        }
        return bytes;
    }

    byte[] readAllBytes() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(buffer, position, limit - position);
        position = limit;
        in.transferTo(all);
        return all.toByteArray();
    }
}
