package io.github.samnative.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

class BuiltTemplateWriterTest {

    @TempDir
    Path project;

    /** The fixture copied into a project directory, as a user would have it. */
    private Path copyFixture(String fixture, String name) throws Exception {
        return Files.copy(Fixtures.template(fixture), project.resolve(name));
    }

    private Path buildDir() {
        return project.resolve(".aws-sam/build");
    }

    @Test
    void rewritesCodeUriAndAddsSamResourceIdOfBuiltFunctions() throws Exception {
        Path template = copyFixture("all-short-form-tags.yaml", "template.yaml");

        Node built = compose(BuiltTemplateWriter.render(template, List.of("ShortenFunction", "RedirectFunction"),
                buildDir()));

        for (String id : List.of("ShortenFunction", "RedirectFunction")) {
            assertEquals(id, text(built, "Resources", id, "Properties", "CodeUri"));
            assertEquals(id, text(built, "Resources", id, "Metadata", "SamResourceId"));
            assertEquals("makefile", text(built, "Resources", id, "Metadata", "BuildMethod"));
        }
        assertEquals("../../report", text(built, "Resources", "ReportFunction", "Properties", "CodeUri"),
                "a function SAM builds keeps pointing at its sources");
        assertEquals(Optional.empty(), find(built, "Resources", "ReportFunction", "Metadata"));
    }

    @Test
    void keepsEveryShortFormTagAndAllOtherContent() throws Exception {
        Path template = copyFixture("all-short-form-tags.yaml", "template.yaml");

        Node original = compose(Files.readString(template));
        Node built = compose(BuiltTemplateWriter.render(template, List.of("ShortenFunction", "RedirectFunction"),
                buildDir()));

        Map<String, Integer> originalTags = countTags(original, new TreeMap<>());
        assertEquals(17, originalTags.size(), "the fixture uses every short-form tag: " + originalTags);
        assertEquals(originalTags, countTags(built, new TreeMap<>()));

        Node arn = find(built, "Outputs", "ShortenFunctionArn", "Value").orElseThrow();
        assertEquals(new Tag("!GetAtt"), arn.getTag());
        assertEquals("ShortenFunction.Arn", ((ScalarNode) arn).getValue());
        Node memory = find(built, "Resources", "ShortenFunction", "Properties", "MemorySize").orElseThrow();
        assertEquals(new Tag("!If"), memory.getTag());
        assertInstanceOf(SequenceNode.class, memory);
        assertEquals("${TableName}-${Stage}", text(built, "Resources", "LinksTable", "Properties", "TableName"));
        assertEquals(new Tag("!Sub"), find(built, "Resources", "LinksTable", "Properties", "TableName").orElseThrow()
                .getTag());
        assertEquals("2010-09-09", text(built, "AWSTemplateFormatVersion"));
        assertEquals(Tag.STR, find(built, "AWSTemplateFormatVersion").orElseThrow().getTag(),
                "a quoted date stays a string");

        // Apart from the two rewritten functions, the built template reads exactly as the original.
        SamTemplate before = TemplateLoader.load(template);
        Path builtFile = BuiltTemplateWriter.write(template, List.of("ShortenFunction", "RedirectFunction"), buildDir());
        SamTemplate after = TemplateLoader.load(builtFile);
        assertEquals(before.parameters().keySet(), after.parameters().keySet());
        assertEquals(before.parameters().get("MemoryMb").defaultValue(), after.parameters().get("MemoryMb").defaultValue());
        for (ServerlessFunction function : before.functions()) {
            ServerlessFunction rebuilt = after.function(function.logicalId()).orElseThrow();
            assertEquals(Optional.of(function.logicalId()), rebuilt.codeUri());
            assertEquals(function.handler(), rebuilt.handler());
            assertEquals(function.architecture(), rebuilt.architecture());
            assertEquals(function.environment(), rebuilt.environment());
            assertEquals(function.events(), rebuilt.events());
        }
    }

    @Test
    void writesJsonTemplatesAsBlockStyleYaml() throws Exception {
        Path template = copyFixture("json/template.json", "template.json");

        String text = BuiltTemplateWriter.render(template, List.of("ShortenFunction"), buildDir());

        assertFalse(text.contains("{"), "no JSON braces left:\n" + text);
        assertTrue(text.contains("\nResources:\n"), text);
        Node built = compose(text);
        assertEquals("ShortenFunction", text(built, "Resources", "ShortenFunction", "Properties", "CodeUri"));
        assertEquals("ShortenFunction", text(built, "Resources", "ShortenFunction", "Metadata", "SamResourceId"));
        Node version = find(built, "Resources", "ShortenFunction", "Properties", "Environment", "Variables", "VERSION")
                .orElseThrow();
        assertEquals(Tag.STR, version.getTag(), "a JSON string that looks like a date stays a string:\n" + text);
        assertEquals(Tag.STR, find(built, "Resources", "ShortenFunction", "Properties", "Environment", "Variables",
                "COUNT").orElseThrow().getTag(), "a JSON string that looks like a number stays a string");
        assertEquals(Tag.INT, find(built, "Resources", "ShortenFunction", "Properties", "MemorySize").orElseThrow()
                .getTag());
        assertEquals(List.of("LinksTable", "Arn"), items(find(built, "Resources", "ShortenFunction", "Properties",
                "Environment", "Variables", "TABLE_ARN", "Fn::GetAtt").orElseThrow()));
    }

    @Test
    void addsCodeUriAndMetadataWhereTheyWereAbsent() throws Exception {
        Path template = copyFixture("metadata-paths.yaml", "template.yaml");

        Node built = compose(BuiltTemplateWriter.render(template, List.of("ContextFunction"), buildDir()));

        assertEquals("ContextFunction", text(built, "Resources", "ContextFunction", "Properties", "CodeUri"));
        assertEquals("services/context", text(built, "Resources", "ContextFunction", "Metadata", "ContextPath"));
        assertEquals("ContextFunction", text(built, "Resources", "ContextFunction", "Metadata", "SamResourceId"));
        assertEquals("../../other", text(built, "Resources", "CodeUriFunction", "Properties", "CodeUri"));
    }

    @Test
    void rewritesOtherLocalPathsSoTheyStillPointAtTheSameFiles() throws Exception {
        Path template = Files.writeString(project.resolve("template.yaml"), """
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function:
                    CodeUri: shared/
                Resources:
                  Api:
                    Type: AWS::Serverless::Api
                    Properties:
                      StageName: prod
                      DefinitionUri: api/openapi.yaml
                  Remote:
                    Type: AWS::Serverless::Function
                    Properties:
                      CodeUri: s3://bucket/code.zip
                      Runtime: java21
                      Handler: a.B
                  Absolute:
                    Type: AWS::Serverless::Function
                    Properties:
                      CodeUri: /opt/code
                      Runtime: java21
                      Handler: a.B
                  Included:
                    Type: AWS::SNS::Topic
                    Properties:
                      Fn::Transform:
                        Name: AWS::Include
                        Parameters:
                          Location: includes/topic.yaml
                """);

        Node built = compose(BuiltTemplateWriter.render(template, List.of(), buildDir()));

        assertEquals("../../shared", text(built, "Globals", "Function", "CodeUri"));
        assertEquals("../../api/openapi.yaml", text(built, "Resources", "Api", "Properties", "DefinitionUri"));
        assertEquals("s3://bucket/code.zip", text(built, "Resources", "Remote", "Properties", "CodeUri"));
        assertEquals("/opt/code", text(built, "Resources", "Absolute", "Properties", "CodeUri"));
        assertEquals("../../includes/topic.yaml", text(built, "Resources", "Included", "Properties", "Fn::Transform",
                "Parameters", "Location"));
    }

    @Test
    void expandsAliasesBecauseCloudFormationRejectsThem() throws Exception {
        Path template = Files.writeString(project.resolve("template.yaml"), """
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Metadata: {BuildMethod: makefile}
                    Properties:
                      Runtime: provided.al2023
                      Handler: a.B
                      Tags: &tags {team: links}
                  Topic:
                    Type: AWS::SNS::Topic
                    Properties:
                      Tags: *tags
                """);

        String text = BuiltTemplateWriter.render(template, List.of("Fn"), buildDir());

        assertFalse(text.contains("&") || text.contains("*"), text);
        assertEquals("links", text(compose(text), "Resources", "Topic", "Properties", "Tags", "team"));
    }

    @Test
    void writeReplacesAnEarlierBuiltTemplate() throws Exception {
        Path template = copyFixture("defaults.yaml", "template.yaml");
        Files.createDirectories(buildDir());
        Files.writeString(buildDir().resolve("template.yaml"), "stale: true\n");

        Path written = BuiltTemplateWriter.write(template, List.of("MinimalFunction"), buildDir());

        assertEquals(buildDir().resolve("template.yaml"), written);
        assertEquals("MinimalFunction", text(compose(Files.readString(written)), "Resources", "MinimalFunction",
                "Properties", "CodeUri"));
        try (var files = Files.list(buildDir())) {
            assertEquals(List.of(written), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void relocatesRelativePaths() {
        Path original = Path.of("/p");
        Path built = Path.of("/p/.aws-sam/build");

        assertEquals("../..", BuiltTemplateWriter.relocate(".", original, built));
        assertEquals("../../src/app", BuiltTemplateWriter.relocate("./src/app/", original, built));
        assertEquals(".", BuiltTemplateWriter.relocate(".aws-sam/build", original, built));
    }

    private static Node compose(String yaml) {
        return new Yaml().compose(new StringReader(yaml));
    }

    private static Optional<Node> find(Node node, String... keys) {
        Node current = node;
        for (String key : keys) {
            if (!(current instanceof MappingNode mapping)) {
                return Optional.empty();
            }
            Node next = null;
            for (NodeTuple tuple : mapping.getValue()) {
                if (key.equals(((ScalarNode) tuple.getKeyNode()).getValue())) {
                    next = tuple.getValueNode();
                }
            }
            if (next == null) {
                return Optional.empty();
            }
            current = next;
        }
        return Optional.of(current);
    }

    private static String text(Node node, String... keys) {
        return ((ScalarNode) find(node, keys).orElseThrow(() -> new AssertionError("no " + String.join(".", keys))))
                .getValue();
    }

    private static List<String> items(Node sequence) {
        return ((SequenceNode) sequence).getValue().stream().map(n -> ((ScalarNode) n).getValue()).toList();
    }

    private static Map<String, Integer> countTags(Node node, Map<String, Integer> counts) {
        if (node.getTag().getValue().startsWith("!")) {
            counts.merge(node.getTag().getValue(), 1, Integer::sum);
        }
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                countTags(tuple.getValueNode(), counts);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                countTags(item, counts);
            }
        }
        return counts;
    }
}
