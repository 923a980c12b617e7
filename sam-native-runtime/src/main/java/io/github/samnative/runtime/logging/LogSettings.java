package io.github.samnative.runtime.logging;

import com.amazonaws.services.lambda.runtime.logging.LogFormat;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import io.github.samnative.runtime.Environment;
import java.util.Locale;

/** Lambda's advanced logging controls as a custom runtime receives them. */
public record LogSettings(LogFormat format, LogLevel minimumLevel) {

    public static LogSettings from(Environment env) {
        LogFormat format = "JSON".equalsIgnoreCase(env.get("AWS_LAMBDA_LOG_FORMAT", "")) ? LogFormat.JSON : LogFormat.TEXT;
        return new LogSettings(format, parseLevel(env.get("AWS_LAMBDA_LOG_LEVEL")));
    }

    private static LogLevel parseLevel(String value) {
        if (value == null || value.isBlank()) {
            return LogLevel.TRACE;
        }
        try {
            return LogLevel.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return LogLevel.TRACE;
        }
    }

    /** Lambda applies a log level only to JSON logs; text lines always pass. */
    public boolean accepts(LogLevel level) {
        if (format != LogFormat.JSON) {
            return true;
        }
        return effective(level).ordinal() >= minimumLevel.ordinal();
    }

    /** A message logged without a level counts as INFO. */
    static LogLevel effective(LogLevel level) {
        return level == null || level == LogLevel.UNDEFINED ? LogLevel.INFO : level;
    }
}
