package io.github.samnative.runtime.context;

import io.github.samnative.runtime.Environment;

/** What Lambda tells a custom runtime about its function, read once at start-up. */
public record FunctionSettings(
        String functionName,
        String functionVersion,
        int memoryLimitInMb,
        String logGroupName,
        String logStreamName) {

    public static FunctionSettings from(Environment env) {
        return new FunctionSettings(
                env.get("AWS_LAMBDA_FUNCTION_NAME", ""),
                env.get("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST"),
                parseMemory(env.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")),
                env.get("AWS_LAMBDA_LOG_GROUP_NAME", ""),
                env.get("AWS_LAMBDA_LOG_STREAM_NAME", ""));
    }

    private static int parseMemory(String value) {
        if (value == null) {
            return 128;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 128;
        }
    }
}
