package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Starts each function's bootstrap, as built by {@code mvn package} into .aws-sam/build, the way
 * Lambda does, and sends it the function's sample event from events/. This tests what you deploy.
 */
class BootstrapIT {

    @Test
    void helloFunctionGreetsTheNameFromTheQuery() throws Exception {
        JsonNode response = invoke("HelloFunction", "${package}.HelloHandler", "events/hello.json");

        assertEquals(200, response.get("statusCode").asInt());
        assertEquals("Hello, Ada!", response.get("body").asText());
    }

    @Test
    void jobsFunctionReportsTheMessageWhoseJobFailed() throws Exception {
        JsonNode response = invoke("JobsFunction", "${package}.JobsHandler::handle", "events/jobs.json");

        JsonNode failures = response.get("batchItemFailures");
        assertEquals(1, failures.size());
        assertEquals("2e1424d4-f796-459a-8184-9c92662be6da", failures.get(0).get("itemIdentifier").asText());
    }

    /** @param handler the function's Handler in template.yaml, which Lambda passes as _HANDLER */
    private static JsonNode invoke(String function, String handler, String eventFile) throws Exception {
        Path bootstrap = Path.of(".aws-sam", "build", function, "bootstrap").toAbsolutePath();
        try (LocalRuntimeApi api = new LocalRuntimeApi(Files.readString(Path.of(eventFile)))) {
            ProcessBuilder lambda = new ProcessBuilder(bootstrap.toString())
                    .directory(bootstrap.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of("target", function + ".log").toFile());
            lambda.environment().put("AWS_LAMBDA_RUNTIME_API", api.address());
            lambda.environment().put("_HANDLER", handler);
            lambda.environment().put("AWS_LAMBDA_FUNCTION_NAME", function);
            Process process = lambda.start();
            try {
                return new ObjectMapper().readTree(api.awaitResult(process));
            } finally {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }
}
