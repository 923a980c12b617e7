package io.github.samnative.runtime.logging;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;

/** The {@link LambdaLogger} handed to handlers through their Context. */
public final class RuntimeLogger implements LambdaLogger {

    private final LogWriter writer;

    public RuntimeLogger(LogWriter writer) {
        this.writer = writer;
    }

    @Override
    public void log(String message) {
        writer.write(message, LogLevel.UNDEFINED);
    }

    @Override
    public void log(byte[] message) {
        writer.write(LogWriter.decode(message, 0, message.length), LogLevel.UNDEFINED);
    }

    @Override
    public void log(String message, LogLevel level) {
        writer.write(message, level);
    }

    @Override
    public void log(byte[] message, LogLevel level) {
        writer.write(LogWriter.decode(message, 0, message.length), level);
    }
}
