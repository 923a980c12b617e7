package io.github.samnative.it;

import io.github.samnative.runtime.testing.FakeRuntimeApi;
import io.github.samnative.runtime.testing.FakeRuntimeApi.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts a built bootstrap as Lambda would and sends it one event over a real Runtime API. */
final class BootstrapProbe {

    private BootstrapProbe() {}

    /** @return the body the bootstrap posted to /response (or /error) */
    static String invoke(Path bootstrap, String handler, Map<String, String> environment, String event) throws Exception {
        try (FakeRuntimeApi api = new FakeRuntimeApi()) {
            api.enqueue(Event.of("probe-1", event));
            ProcessBuilder builder = new ProcessBuilder(bootstrap.toString())
                    .directory(bootstrap.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(Files.createTempFile("bootstrap", ".log").toFile());
            builder.environment().putAll(environment);
            builder.environment().put("AWS_LAMBDA_RUNTIME_API", api.address());
            builder.environment().put("_HANDLER", handler);
            builder.environment().putIfAbsent("AWS_LAMBDA_FUNCTION_NAME", "probe");
            builder.environment().put("LAMBDA_TASK_ROOT", bootstrap.getParent().toString());
            Process process = builder.start();
            try {
                return api.await(r -> r.path().startsWith("/2018-06-01/runtime/invocation/probe-1/"),
                        Duration.ofSeconds(60)).body();
            } finally {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
