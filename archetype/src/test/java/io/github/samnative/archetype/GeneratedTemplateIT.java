package io.github.samnative.archetype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated template.yaml, checked by AWS's own tools: cfn-lint and the SAM translator. */
class GeneratedTemplateIT {

    @ParameterizedTest
    @ValueSource(strings = {"x86_64", "arm64"})
    void passesCfnLint(String variant) throws Exception {
        assumeTrue(ChildProcess.onPath("cfn-lint"), "cfn-lint is not installed: skipped");
        GeneratedProject project = GeneratedProject.of(variant);

        ChildProcess.Result lint = ChildProcess.run(List.of("cfn-lint", "template.yaml"), project.directory(), Map.of());

        assertEquals(0, lint.exitCode(), lint::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x86_64", "arm64"})
    void transformsIntoTwoFunctionsAnHttpApiAndAQueueWithPartialBatchFailures(String variant) throws Exception {
        assumeTrue(samTranslatorInstalled(), "python3 with aws-sam-translator (samtranslator) is not installed: skipped");
        GeneratedProject project = GeneratedProject.of(variant);
        Path output = ChildMaven.workDirectory("translate-" + variant).resolve("cloudformation.json");
        Path script = Path.of(GeneratedTemplateIT.class.getResource("/sam-translate.py").toURI());

        ChildProcess.Result translation = ChildProcess.run(
                List.of("python3", script.toString(), "template.yaml", output.toString()), project.directory(), Map.of());

        assertEquals(0, translation.exitCode(), translation::toString);
        JsonNode resources = new ObjectMapper().readTree(output.toFile()).get("Resources");
        assertFunction(resources.get("HelloFunction"), project.packageName() + ".HelloHandler", variant);
        assertFunction(resources.get("JobsFunction"), project.packageName() + ".JobsHandler::handle", variant);

        JsonNode api = resources.get("ServerlessHttpApi");
        assertEquals("AWS::ApiGatewayV2::Api", api.get("Type").asText());
        assertTrue(api.at("/Properties/Body/paths/~1hello/get").isObject(), api::toPrettyString);

        JsonNode queue = resources.get("JobsFunctionJobs");
        assertEquals("AWS::Lambda::EventSourceMapping", queue.get("Type").asText());
        assertEquals("JobQueue", queue.at("/Properties/EventSourceArn/Fn::GetAtt/0").asText(), queue::toPrettyString);
        assertEquals("ReportBatchItemFailures", queue.at("/Properties/FunctionResponseTypes/0").asText(), queue::toPrettyString);
        assertEquals("AWS::SQS::Queue", resources.get("JobQueue").get("Type").asText());
    }

    private static void assertFunction(JsonNode function, String handler, String architecture) {
        assertEquals("AWS::Lambda::Function", function.get("Type").asText());
        JsonNode properties = function.get("Properties");
        assertEquals("provided.al2023", properties.get("Runtime").asText(), properties::toPrettyString);
        assertEquals(handler, properties.get("Handler").asText(), properties::toPrettyString);
        assertEquals("[\"" + architecture + "\"]", properties.get("Architectures").toString(), properties::toPrettyString);
        assertEquals("JSON", properties.at("/LoggingConfig/LogFormat").asText(), properties::toPrettyString);
    }

    private static boolean samTranslatorInstalled() throws Exception {
        return ChildProcess.onPath("python3") && ChildProcess.run(List.of("python3", "-c", "import samtranslator"),
                Path.of("."), Map.of()).succeeded();
    }
}
