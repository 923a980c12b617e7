package io.github.samnative.core.local.environment;

import io.github.samnative.core.local.LocalFunction;
import io.github.samnative.core.process.SystemEnvironment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The environment Lambda gives a custom runtime's bootstrap, plus the function's own variables. */
public final class LambdaVariables {

    /**
     * Variables Lambda sets itself; a function cannot define them (deployment fails with "reserved keys").
     * From the Lambda developer guide, "Defined runtime environment variables".
     */
    public static final Set<String> RESERVED = Set.of(
            "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV",
            "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
            "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME",
            "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
            "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR");

    /** Lambda's PATH for provided.* runtimes. */
    static final String PATH = "/usr/local/bin:/usr/bin/:/bin:/opt/bin";

    /** Taken from the user's environment so that the function reaches real AWS services as the user. */
    private static final List<String> CREDENTIALS = List.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN");

    private LambdaVariables() {
    }

    /**
     * @param runtimeApi {@code host:port} of the environment's Runtime API
     * @param logStreamName a fresh stream name per environment, as Lambda gives each its own
     */
    public static Map<String, String> of(LocalFunction function, String runtimeApi, String region,
            SystemEnvironment user, String logStreamName) {
        String taskRoot = function.artifactDirectory().toAbsolutePath().toString();
        Map<String, String> variables = new LinkedHashMap<>();
        // Lambda's defaults that a function may replace.
        variables.put("TZ", ":UTC");
        variables.put("LANG", "en_US.UTF-8");
        variables.put("PATH", PATH);
        variables.put("LD_LIBRARY_PATH", taskRoot + ":" + taskRoot + "/lib");
        variables.putAll(function.variables());
        variables.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        variables.put("_HANDLER", function.handler());
        variables.put("AWS_LAMBDA_FUNCTION_NAME", function.logicalId());
        variables.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        variables.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(function.memorySizeMb()));
        variables.put("AWS_REGION", region);
        variables.put("AWS_DEFAULT_REGION", region);
        variables.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + function.logicalId());
        variables.put("AWS_LAMBDA_LOG_STREAM_NAME", logStreamName);
        variables.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        variables.put("LAMBDA_TASK_ROOT", taskRoot);
        // Locally there is no separate runtime directory: the bootstrap is the runtime.
        variables.put("LAMBDA_RUNTIME_DIR", taskRoot);
        for (String name : CREDENTIALS) {
            user.find(name).ifPresent(value -> variables.put(name, value));
        }
        return variables;
    }
}
