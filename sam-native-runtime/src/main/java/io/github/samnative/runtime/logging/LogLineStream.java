package io.github.samnative.runtime.logging;

import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Turns what handlers print to System.out / System.err into log records, a line at a time, so
 * that in JSON mode every line becomes a JSON object with a level and the request id.
 */
public final class LogLineStream extends OutputStream {

    private static final int MAX_LINE_BYTES = 256 * 1024;

    private final LogWriter writer;
    private final LogLevel level;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(256);

    public LogLineStream(LogWriter writer, LogLevel level) {
        this.writer = writer;
        this.level = level;
    }

    /** A PrintStream for System.setOut / System.setErr. */
    public static PrintStream printStream(LogWriter writer, LogLevel level) {
        return new PrintStream(new LogLineStream(writer, level), true, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            emit();
        } else {
            pending.write(b);
            if (pending.size() >= MAX_LINE_BYTES) {
                emit();
            }
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (bytes[i] == '\n') {
                pending.write(bytes, start, i - start);
                emit();
                start = i + 1;
            }
        }
        pending.write(bytes, start, end - start);
        if (pending.size() >= MAX_LINE_BYTES) {
            emit();
        }
    }

    /** A partial line is kept until its newline, except at the end of an invocation. */
    @Override
    public synchronized void flush() {
        // PrintStream flushes after every println; the newline already emitted the line.
    }

    /** Emits a line the handler left without a newline, so it is not attributed to the next request. */
    public synchronized void drain() {
        if (pending.size() > 0) {
            emit();
        }
    }

    private void emit() {
        byte[] bytes = pending.toByteArray();
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        pending.reset();
        writer.write(LogWriter.decode(bytes, 0, length), level);
    }
}
