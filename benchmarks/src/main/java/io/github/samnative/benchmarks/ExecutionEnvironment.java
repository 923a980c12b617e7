package io.github.samnative.benchmarks;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The environment Lambda gives a bootstrap, the same for both runtimes and nothing from the driver's. */
public final class ExecutionEnvironment {

    private ExecutionEnvironment() {}

    public static Map<String, String> variables(String runtimeApi, String handler, Path taskRoot) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        env.put("_HANDLER", handler);
        env.put("LAMBDA_TASK_ROOT", taskRoot.toString());
        env.put("AWS_LAMBDA_FUNCTION_NAME", "benchmark");
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/benchmark");
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "2024/01/01/[$LATEST]benchmark");
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        env.put("TZ", ":UTC");
        env.put("LANG", "C.UTF-8");
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        return env;
    }
}
