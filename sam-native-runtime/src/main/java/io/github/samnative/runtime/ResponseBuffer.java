package io.github.samnative.runtime;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * Collects a handler's response, reused across invocations. Past the limit it stops storing and
 * remembers the overflow, so the loop reports an error instead of sending a truncated body, and
 * memory stays bounded even if a handler swallows exceptions from its stream.
 */
final class ResponseBuffer extends OutputStream {

    private static final int INITIAL_CAPACITY = 8 * 1024;

    private final int limit;
    private byte[] bytes = new byte[INITIAL_CAPACITY];
    private int size;
    private long attempted;

    ResponseBuffer(int limit) {
        this.limit = limit;
    }

    void reset() {
        size = 0;
        attempted = 0;
    }

    /** Gives back a large array after an OutOfMemoryError or an oversized response. */
    void shrink() {
        reset();
        bytes = new byte[INITIAL_CAPACITY];
    }

    byte[] bytes() {
        return bytes;
    }

    int size() {
        return size;
    }

    boolean overflowed() {
        return attempted > limit;
    }

    long attemptedSize() {
        return attempted;
    }

    @Override
    public void write(int b) {
        attempted++;
        if (attempted <= limit) {
            ensureCapacity(size + 1);
            bytes[size++] = (byte) b;
        }
    }

    @Override
    public void write(byte[] source, int offset, int length) {
        attempted += length;
        if (attempted <= limit) {
            ensureCapacity(size + length);
            System.arraycopy(source, offset, bytes, size, length);
            size += length;
        }
    }

    private void ensureCapacity(int needed) {
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.min(limit, Math.max(needed, bytes.length * 2)));
        }
    }
}
