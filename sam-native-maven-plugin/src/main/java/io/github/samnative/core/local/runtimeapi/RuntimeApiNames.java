package io.github.samnative.core.local.runtimeapi;

/** Paths and header names of the Lambda Runtime API, in one place. */
final class RuntimeApiNames {

    static final String VERSION_PREFIX = "/2018-06-01";
    static final String NEXT_PATH = VERSION_PREFIX + "/runtime/invocation/next";
    static final String INIT_ERROR_PATH = VERSION_PREFIX + "/runtime/init/error";
    /** Followed by {@code {AwsRequestId}/response} or {@code {AwsRequestId}/error}. */
    static final String INVOCATION_PREFIX = VERSION_PREFIX + "/runtime/invocation/";
    static final String RESPONSE_SUFFIX = "/response";
    static final String ERROR_SUFFIX = "/error";

    static final String REQUEST_ID = "Lambda-Runtime-Aws-Request-Id";
    static final String DEADLINE_MS = "Lambda-Runtime-Deadline-Ms";
    static final String INVOKED_FUNCTION_ARN = "Lambda-Runtime-Invoked-Function-Arn";
    static final String TRACE_ID = "Lambda-Runtime-Trace-Id";
    static final String CLIENT_CONTEXT = "Lambda-Runtime-Client-Context";
    static final String COGNITO_IDENTITY = "Lambda-Runtime-Cognito-Identity";
    static final String FUNCTION_ERROR_TYPE = "Lambda-Runtime-Function-Error-Type";

    private RuntimeApiNames() {
    }
}
