package io.github.samnative.core.template;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads a SAM template and returns what sam-native builds from it, or a {@link TemplateException}
 * listing every problem that stops it.
 */
public final class TemplateLoader {

    static final String SERVERLESS_FUNCTION = "AWS::Serverless::Function";

    private static final String WHAT_SAM_NATIVE_BUILDS = "sam-native builds AWS::Serverless::Function resources with"
            + " `Runtime: provided.al2023` (or provided.al2) and `Metadata: {BuildMethod: makefile}`";

    private TemplateLoader() {
    }

    public static SamTemplate load(Path templateFile) throws TemplateException {
        MappingNode root = TemplateParser.parse(templateFile);
        Node resources = TemplateNodes.get(root, "Resources").orElse(null);
        if (!(resources instanceof MappingNode resourceMap) || resourceMap.getValue().isEmpty()) {
            SourceLocation at = resources == null ? new SourceLocation(templateFile, 0)
                    : SourceLocation.of(templateFile, resources);
            throw new TemplateException(new TemplateProblem(at, null,
                    "the template has no Resources" + (resources == null ? " section." : "."),
                    "add a Resources section with your functions; " + WHAT_SAM_NATIVE_BUILDS + "."));
        }
        Node globals = TemplateNodes.get(root, "Globals").flatMap(g -> TemplateNodes.get(g, "Function")).orElse(null);

        List<TemplateProblem> problems = new ArrayList<>();
        List<ServerlessFunction> functions = new ArrayList<>();
        List<SkippedFunction> skipped = new ArrayList<>();
        List<String> otherResources = new ArrayList<>();
        Map<String, Node> seen = new HashMap<>();
        FunctionReader reader = new FunctionReader(templateFile);
        for (NodeTuple tuple : resourceMap.getValue()) {
            String logicalId = TemplateNodes.text(tuple.getKeyNode());
            Node earlier = seen.putIfAbsent(logicalId, tuple.getKeyNode());
            if (earlier != null) {
                problems.add(new TemplateProblem(SourceLocation.of(templateFile, tuple.getKeyNode()), logicalId,
                        "the LogicalId " + logicalId + " is used twice in Resources (first at line "
                                + SourceLocation.of(templateFile, earlier).line() + ").",
                        "give each resource its own LogicalId."));
                continue;
            }
            String type = TemplateNodes.get(tuple.getValueNode(), "Type").flatMap(TemplateNodes::plainText).orElse("?");
            if (!type.equals(SERVERLESS_FUNCTION)) {
                otherResources.add(logicalId + " (" + type + ")");
                continue;
            }
            FunctionReader.Outcome outcome = reader.read(tuple.getKeyNode(), tuple.getValueNode(), globals);
            if (outcome instanceof FunctionReader.Built built) {
                functions.add(built.function());
            } else if (outcome instanceof FunctionReader.Skipped skip) {
                skipped.add(skip.function());
            } else {
                problems.addAll(((FunctionReader.Invalid) outcome).problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new TemplateException(problems);
        }
        if (functions.isEmpty()) {
            throw new TemplateException(nothingToBuild(templateFile, resourceMap, skipped, otherResources));
        }
        return new SamTemplate(templateFile, readParameters(templateFile, root), functions, skipped);
    }

    private static TemplateProblem nothingToBuild(Path file, Node resources, List<SkippedFunction> skipped,
            List<String> otherResources) {
        StringBuilder found = new StringBuilder("the template has no function for sam-native to build. Found instead:");
        for (SkippedFunction function : skipped) {
            found.append("\n    - ").append(function.logicalId()).append(" (").append(function.location().describeShort())
                    .append("): ").append(function.reason());
        }
        if (skipped.isEmpty()) {
            found.append("\n    - no AWS::Serverless::Function at all; resources: ").append(String.join(", ", otherResources));
        }
        return new TemplateProblem(SourceLocation.of(file, resources), null, found.toString(),
                "give each function sam-native should build `Runtime: provided.al2023` and"
                        + " `Metadata: {BuildMethod: makefile}`; " + WHAT_SAM_NATIVE_BUILDS + ".");
    }

    private static Map<String, TemplateParameter> readParameters(Path file, MappingNode root) {
        Map<String, TemplateParameter> parameters = new LinkedHashMap<>();
        Optional<Node> section = TemplateNodes.get(root, "Parameters");
        if (section.isEmpty() || !(section.get() instanceof MappingNode mapping)) {
            return parameters;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String name = TemplateNodes.text(tuple.getKeyNode());
            Node definition = tuple.getValueNode();
            String type = TemplateNodes.get(definition, "Type").flatMap(TemplateNodes::plainText).orElse("String");
            Optional<TemplateValue> defaultValue = TemplateNodes.get(definition, "Default").map(TemplateValues::of);
            parameters.put(name, new TemplateParameter(name, type, defaultValue,
                    SourceLocation.of(file, tuple.getKeyNode())));
        }
        return parameters;
    }
}
