package io.github.samnative.runtime.api;

/** Paths and header names of the Lambda Runtime API, in one place. */
public final class RuntimeApiProtocol {

    private RuntimeApiProtocol() {}

    public static final String VERSION_PREFIX = "/2018-06-01";
    public static final String NEXT_PATH = VERSION_PREFIX + "/runtime/invocation/next";
    public static final String INIT_ERROR_PATH = VERSION_PREFIX + "/runtime/init/error";

    public static String responsePath(String requestId) {
        return VERSION_PREFIX + "/runtime/invocation/" + requestId + "/response";
    }

    public static String errorPath(String requestId) {
        return VERSION_PREFIX + "/runtime/invocation/" + requestId + "/error";
    }

    public static final String REQUEST_ID = "Lambda-Runtime-Aws-Request-Id";
    public static final String DEADLINE_MS = "Lambda-Runtime-Deadline-Ms";
    public static final String INVOKED_FUNCTION_ARN = "Lambda-Runtime-Invoked-Function-Arn";
    public static final String TRACE_ID = "Lambda-Runtime-Trace-Id";
    public static final String CLIENT_CONTEXT = "Lambda-Runtime-Client-Context";
    public static final String COGNITO_IDENTITY = "Lambda-Runtime-Cognito-Identity";
    public static final String FUNCTION_ERROR_TYPE = "Lambda-Runtime-Function-Error-Type";

    /** Largest synchronous response Lambda accepts. */
    public static final int MAX_RESPONSE_BYTES = 6 * 1024 * 1024;
}
