package io.github.samnative.runtime.logging;

import com.amazonaws.services.lambda.runtime.logging.LogFormat;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * Writes log records to the process's real stdout, which Lambda forwards to CloudWatch: as they
 * are in text mode, or one JSON object per line with the keys Lambda filters on in JSON mode.
 */
public final class LogWriter {

    private final PrintStream out;
    private final LogSettings settings;
    private final LongSupplier clock;
    private final JsonFactory json = new JsonFactory();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private volatile String requestId;

    public LogWriter(PrintStream out, LogSettings settings, LongSupplier clock) {
        this.out = out;
        this.settings = settings;
        this.clock = clock;
    }

    public LogSettings settings() {
        return settings;
    }

    /** The request that log lines belong to from now on. */
    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }

    public synchronized void write(String message, LogLevel level) {
        if (!settings.accepts(level)) {
            return;
        }
        if (settings.format() == LogFormat.JSON) {
            writeJson(message, LogSettings.effective(level));
        } else {
            out.print(message);
            if (!message.endsWith("\n")) {
                out.print('\n');
            }
        }
        out.flush();
    }

    private void writeJson(String message, LogLevel level) {
        line.reset();
        try (JsonGenerator g = json.createGenerator(line)) {
            g.writeStartObject();
            g.writeStringField("timestamp", Instant.ofEpochMilli(clock.getAsLong()).toString());
            g.writeStringField("level", level.name());
            g.writeStringField("message", stripTrailingNewline(message));
            if (requestId != null) {
                g.writeStringField("requestId", requestId);
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        line.write('\n');
        out.write(line.toByteArray(), 0, line.size());
    }

    private static String stripTrailingNewline(String message) {
        int end = message.length();
        while (end > 0 && (message.charAt(end - 1) == '\n' || message.charAt(end - 1) == '\r')) {
            end--;
        }
        return message.substring(0, end);
    }

    static String decode(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.UTF_8);
    }
}
