package io.github.samnative.core.local.environment;

import io.github.samnative.core.local.LogSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Copies one output stream of a bootstrap to the log, line by line, each line prefixed with the function's name. */
final class LogPump implements Runnable {

    private static final long QUIET_NANOS = 3_000_000;

    private final InputStream in;
    private final String prefix;
    private final LogSink sink;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private volatile boolean waiting;
    private volatile long lastReadNanos = System.nanoTime();

    private LogPump(InputStream in, String prefix, LogSink sink) {
        this.in = in;
        this.prefix = prefix;
        this.sink = sink;
    }

    static LogPump start(InputStream in, String prefix, LogSink sink, String threadName) {
        LogPump pump = new LogPump(in, prefix, sink);
        Thread thread = new Thread(pump, threadName);
        thread.setDaemon(true);
        thread.start();
        return pump;
    }

    @Override
    public void run() {
        byte[] buffer = new byte[8192];
        try (in) {
            while (true) {
                waiting = true;
                int n = in.read(buffer);
                lastReadNanos = System.nanoTime();
                waiting = false;
                if (n < 0) {
                    break;
                }
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        emit();
                    } else {
                        line.write(buffer[i]);
                    }
                }
            }
        } catch (IOException e) {
            // The process is gone and its pipe with it.
        } finally {
            waiting = true;
            if (line.size() > 0) {
                emit();
            }
        }
    }

    private void emit() {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        sink.line(prefix + (text.endsWith("\r") ? text.substring(0, text.length() - 1) : text));
    }

    /**
     * Waits (at most {@code maxMillis}) until the pump has been idle for a moment, so that Lambda's END
     * and REPORT lines come after the invocation's own output. The runtime writes its output before it
     * answers, so that output is already in the pipe; the pump just needs to be scheduled. (Asking the
     * stream for {@code available()} is no option: the JDK's process streams lock it against the
     * blocked {@code read}.)
     */
    void awaitQuiet(long maxMillis) {
        long now = System.nanoTime();
        long end = now + maxMillis * 1_000_000;
        while (!(waiting && now - lastReadNanos >= QUIET_NANOS) && now < end) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            now = System.nanoTime();
        }
    }
}
