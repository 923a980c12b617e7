package io.github.samnative.core.local.dynamodb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads everything a child process prints (so it never blocks on a full pipe), passes each line on,
 * and keeps the last lines for an error message should the process fail.
 */
final class OutputTail {

    static final int KEPT_LINES = 40;

    private final Deque<String> last = new ArrayDeque<>();
    private Thread reader;

    private OutputTail() {
    }

    static OutputTail follow(InputStream output, Consumer<String> lines, String threadName) {
        OutputTail tail = new OutputTail();
        tail.reader = new Thread(() -> tail.pump(output, lines), threadName);
        tail.reader.setDaemon(true);
        tail.reader.start();
        return tail;
    }

    /**
     * Waits, at most {@code limit}, until everything the process printed is read: once it has exited,
     * its last lines may still be in the pipe, and an error message must not go without them.
     */
    void awaitEnd(Duration limit) throws InterruptedException {
        reader.join(Math.max(1, limit.toMillis()));
    }

    private void pump(InputStream output, Consumer<String> lines) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                synchronized (last) {
                    if (last.size() == KEPT_LINES) {
                        last.removeFirst();
                    }
                    last.addLast(line);
                }
                lines.accept(line);
            }
        } catch (IOException | UncheckedIOException e) {
            // The process is gone; what it printed so far is kept.
        }
    }

    List<String> lines() {
        synchronized (last) {
            return List.copyOf(last);
        }
    }

    boolean mentions(String text) {
        return lines().stream().anyMatch(line -> line.contains(text));
    }
}
