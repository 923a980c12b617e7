package io.github.samnative.sample.shortener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.samnative.sample.shortener.handlers.CreateLinkHandler;
import io.github.samnative.sample.shortener.handlers.DeleteLinkHandler;
import io.github.samnative.sample.shortener.handlers.GetLinkHandler;
import io.github.samnative.sample.shortener.handlers.ListLinksHandler;
import io.github.samnative.sample.shortener.handlers.MethodNotAllowedHandler;
import io.github.samnative.sample.shortener.handlers.RedirectHandler;
import io.github.samnative.sample.shortener.testing.RootTemplate;
import io.github.samnative.sample.shortener.testing.RootTemplate.Route;
import io.github.samnative.sample.shortener.testing.Tools;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The root template.yaml and samconfig.toml are valid for AWS's own tools and say what the code expects. */
class TemplateFilesTest {

    /** cfn-lint's exit code is a bit set: 2 errors, 4 warnings, 8 informational findings. */
    private static final int ERRORS_OR_WARNINGS = 2 | 4;

    /** What `sam package` does first, then the transform CloudFormation runs on deploy. */
    private static final String TRANSFORM = String.join("\n",
            "import json, os, sys",
            "from samtranslator.translator.transform import transform",
            "from samtranslator.public.exceptions import InvalidDocumentException",
            "from samtranslator.yaml_helper import yaml_parse",
            "os.environ.setdefault('AWS_DEFAULT_REGION', 'us-east-1')",
            "template = yaml_parse(open(sys.argv[1]).read())",
            "for resource in template['Resources'].values():",
            "    if resource['Type'] == 'AWS::Serverless::Function':",
            "        resource['Properties']['CodeUri'] = 's3://bucket/code.zip'",
            "try:",
            "    print(json.dumps(transform(template, {}, None)))",
            "except InvalidDocumentException as e:",
            "    sys.exit('SAM translator rejects the template: ' + '; '.join(str(c) for c in e.causes))");

    private static final String TOML_TO_JSON =
            "import json, sys, tomllib; print(json.dumps(tomllib.load(open(sys.argv[1], 'rb'))))";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void cfnLintAcceptsTheTemplate() throws Exception {
        Path cfnLint = Tools.require("cfn-lint", "install it with `pip install cfn-lint`");

        Tools.Run run = Tools.run(List.of(cfnLint.toString(), RootTemplate.location().toString()));

        assertTrue(run.exitCode() >= 0 && run.exitCode() < 16, "cfn-lint failed to run:\n" + run.output());
        assertEquals(0, run.exitCode() & ERRORS_OR_WARNINGS, "cfn-lint rejects the template:\n" + run.output());
    }

    @Test
    void theSamTranslatorTransformsItIntoOneIntegrationPerRoute() throws Exception {
        Path python = Tools.requirePython("samtranslator", "install it with `pip install aws-sam-translator`");

        Tools.Run run = Tools.run(List.of(python.toString(), "-c", TRANSFORM, RootTemplate.location().toString()));

        assertEquals(0, run.exitCode(), run.output());
        JsonNode resources = JSON.readTree(run.output()).get("Resources");
        JsonNode paths = resources.get("ShortenerApi").get("Properties").get("Body").get("paths");
        Map<String, Set<String>> transformed = new TreeMap<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey();
                transformed.computeIfAbsent(path.getKey(), key -> new TreeSet<>())
                        .add(method.equals("x-amazon-apigateway-any-method") ? "ANY" : method.toUpperCase(Locale.ROOT));
            }
        }
        Map<String, Set<String>> written = new TreeMap<>();
        for (Route route : RootTemplate.load().routes()) {
            written.computeIfAbsent(route.path(), key -> new TreeSet<>()).add(route.method());
        }
        assertEquals(written, transformed);
        assertEquals("AWS::DynamoDB::Table", resources.get("LinksTable").get("Type").textValue());
        assertEquals("PAY_PER_REQUEST", resources.get("LinksTable").get("Properties").get("BillingMode").textValue());
    }

    @Test
    void samconfigHasWhatSamDeployNeeds() throws Exception {
        Path python = Tools.requirePython("tomllib", "use Python 3.11 or newer");

        Tools.Run run = Tools.run(List.of(python.toString(), "-c", TOML_TO_JSON, RootTemplate.samconfig().toString()));

        assertEquals(0, run.exitCode(), "samconfig.toml is not valid TOML:\n" + run.output());
        JsonNode config = JSON.readTree(run.output());
        assertEquals(0.1, config.get("version").doubleValue());
        JsonNode defaults = config.get("default");
        assertTrue(defaults.at("/global/parameters/stack_name").asText().matches("[A-Za-z][A-Za-z0-9-]*"), run.output());
        JsonNode deploy = defaults.at("/deploy/parameters");
        assertEquals("CAPABILITY_IAM", deploy.get("capabilities").textValue());
        assertTrue(deploy.get("resolve_s3").booleanValue());
        assertTrue(deploy.get("confirm_changeset").booleanValue());
        assertTrue(deploy.get("region").isTextual());
        assertTrue(defaults.has("build") && defaults.has("local_start_api"), run.output());
    }

    /** Write access only where a function writes; none for the function that touches no table. */
    @Test
    void eachFunctionHasTheLeastPrivilegeItNeeds() {
        Map<String, List<String>> expected = Map.of(
                CreateLinkHandler.class.getName(), List.of("DynamoDBCrudPolicy"),
                RedirectHandler.class.getName(), List.of("DynamoDBCrudPolicy"),
                DeleteLinkHandler.class.getName(), List.of("DynamoDBCrudPolicy"),
                GetLinkHandler.class.getName(), List.of("DynamoDBReadPolicy"),
                ListLinksHandler.class.getName(), List.of("DynamoDBReadPolicy"),
                MethodNotAllowedHandler.class.getName(), List.of());
        RootTemplate template = RootTemplate.load();
        Map<String, String> handlerOfFunction = new TreeMap<>();
        template.routes().forEach(route -> handlerOfFunction.put(route.functionId(), route.handler()));

        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(handlerOfFunction.values()));
        handlerOfFunction.forEach((function, handler) ->
                assertEquals(expected.get(handler), template.policies(function), function));
    }

    @Test
    void everyHandlerIsAPublicRequestHandlerWithAPublicNoArgumentConstructor() throws Exception {
        for (Route route : RootTemplate.load().routes()) {
            Class<?> type = Class.forName(route.handler());
            assertTrue(RequestHandler.class.isAssignableFrom(type), route.handler());
            assertTrue(Modifier.isPublic(type.getModifiers()), route.handler());
            assertTrue(Modifier.isPublic(type.getConstructor().getModifiers()), route.handler());
        }
    }

    /** SAM's scratch copy holds only the module, so the Makefile's manifest must list every function. */
    @Test
    void theModuleMakefileListsEveryFunctionOfTheTemplate() throws Exception {
        String makefile = Files.readString(Path.of("Makefile"));
        Map<String, String> listed = new TreeMap<>();
        Matcher entry = Pattern.compile("# sam-native:function (\\S+) handler=(\\S+)").matcher(makefile);
        while (entry.find()) {
            listed.put(entry.group(1), entry.group(2));
            assertTrue(makefile.contains("\nbuild-" + entry.group(1) + ":"), entry.group(1));
        }
        Map<String, String> functions = new TreeMap<>();
        RootTemplate.load().routes().forEach(route -> functions.put(route.functionId(), route.handler()));

        assertEquals(functions, listed, "run `mvn sam-native:makefile` in sample-url-shortener/ after changing template.yaml");
    }
}
