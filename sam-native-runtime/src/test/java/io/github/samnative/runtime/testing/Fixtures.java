package io.github.samnative.runtime.testing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Handlers of every shape users write, as test fixtures. */
public final class Fixtures {

    private Fixtures() {}

    public record GreetingRequest(String name, int times) {}

    /** A POJO with a no-arg constructor and setters, the classic bean shape. */
    public static final class Greeting {
        private String message;

        public String getMessage() {
            return message;
        }

        public void setMessage(String message) {
            this.message = message;
        }
    }

    public static final class GreetingHandler implements RequestHandler<GreetingRequest, Greeting> {
        @Override
        public Greeting handleRequest(GreetingRequest input, Context context) {
            Greeting greeting = new Greeting();
            greeting.setMessage(("Hello, " + input.name() + "! ").repeat(input.times()).trim());
            return greeting;
        }
    }

    public static final class FailingHandler implements RequestHandler<Map<String, Object>, String> {
        @Override
        public String handleRequest(Map<String, Object> input, Context context) {
            throw new IllegalStateException("order " + input.get("orderId") + " is not payable");
        }
    }

    public static final class UppercaseStreamHandler implements RequestStreamHandler {
        @Override
        public void handleRequest(InputStream input, OutputStream output, Context context) throws java.io.IOException {
            output.write(new String(input.readAllBytes(), StandardCharsets.UTF_8).toUpperCase().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Methods named as {@code Class::method} in template.yaml. */
    public static final class Methods {
        public String shout(String input) {
            return input.toUpperCase() + "!";
        }

        public Integer sum(List<Integer> numbers, Context context) {
            return numbers.stream().mapToInt(Integer::intValue).sum();
        }

        public String describe(JsonNode node) {
            return node.path("kind").asText() + ":" + node.path("items").size();
        }

        public void ignore(Map<String, Object> input) {
            // a void handler answers null
        }

        public static void copy(InputStream input, OutputStream output) throws java.io.IOException {
            input.transferTo(output);
        }

        public void requestId(InputStream input, OutputStream output, Context context) throws java.io.IOException {
            output.write(("\"" + context.getAwsRequestId() + "\"").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Returns everything the Context exposes, to assert it field by field. */
    public static final class ContextHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
        @Override
        public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("requestId", context.getAwsRequestId());
            out.put("remainingMillis", context.getRemainingTimeInMillis());
            out.put("arn", context.getInvokedFunctionArn());
            out.put("functionName", context.getFunctionName());
            out.put("functionVersion", context.getFunctionVersion());
            out.put("memory", context.getMemoryLimitInMB());
            out.put("logGroup", context.getLogGroupName());
            out.put("logStream", context.getLogStreamName());
            out.put("identityId", context.getIdentity().getIdentityId());
            out.put("identityPoolId", context.getIdentity().getIdentityPoolId());
            if (context.getClientContext() != null) {
                out.put("installationId", context.getClientContext().getClient().getInstallationId());
                out.put("appTitle", context.getClientContext().getClient().getAppTitle());
                out.put("custom", context.getClientContext().getCustom());
                out.put("env", context.getClientContext().getEnvironment());
            }
            out.put("traceProperty", System.getProperty("com.amazonaws.xray.traceHeader"));
            out.put("xrayTraceId", context.getXrayTraceId());
            return out;
        }
    }

    public static final class OversizeHandler implements RequestHandler<Integer, String> {
        @Override
        public String handleRequest(Integer megabytes, Context context) {
            return "x".repeat(megabytes * 1024 * 1024);
        }
    }

    public static final class MemoryHogHandler implements RequestHandler<Map<String, Object>, Integer> {
        @Override
        public Integer handleRequest(Map<String, Object> input, Context context) {
            List<long[]> hog = new ArrayList<>();
            while (true) {
                hog.add(new long[1024 * 1024]);
            }
        }
    }

    public static final class BrokenConstructorHandler implements RequestHandler<String, String> {
        public BrokenConstructorHandler() {
            throw new IllegalArgumentException("TABLE_NAME is not set");
        }

        @Override
        public String handleRequest(String input, Context context) {
            return input;
        }
    }

    public static final class LoggingHandler implements RequestHandler<String, String> {
        @Override
        public String handleRequest(String input, Context context) {
            context.getLogger().log("logger says " + input);
            context.getLogger().log("debug detail", LogLevel.DEBUG);
            context.getLogger().log("careful", LogLevel.WARN);
            System.out.println("stdout says " + input);
            System.err.println("stderr says " + input);
            System.out.print("unterminated");
            return "logged";
        }
    }
}
