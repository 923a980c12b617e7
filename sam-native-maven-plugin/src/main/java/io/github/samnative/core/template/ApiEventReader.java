package io.github.samnative.core.template;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads a function's {@code Api} and {@code HttpApi} events, the ones local emulation routes HTTP
 * requests to. Other event types (SQS, Schedule, ...) are not sam-native's concern and are ignored.
 */
final class ApiEventReader {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY");
    /** API Gateway's own spelling of ANY in OpenAPI, which SAM also accepts as a Method. */
    private static final String OPENAPI_ANY = "X-AMAZON-APIGATEWAY-ANY-METHOD";

    private final Path file;
    private final String logicalId;
    private final List<TemplateProblem> problems;
    private final List<String> notes;

    ApiEventReader(Path file, String logicalId, List<TemplateProblem> problems, List<String> notes) {
        this.file = file;
        this.logicalId = logicalId;
        this.problems = problems;
        this.notes = notes;
    }

    List<ApiEvent> read(Node events) {
        List<ApiEvent> result = new ArrayList<>();
        if (!(events instanceof MappingNode mapping) || TemplateNodes.isIntrinsic(events)) {
            return result;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String name = TemplateNodes.text(tuple.getKeyNode());
            Node event = tuple.getValueNode();
            String type = TemplateNodes.get(event, "Type").flatMap(TemplateNodes::plainText).orElse("");
            ApiEvent.Kind kind = type.equals("Api") ? ApiEvent.Kind.API
                    : type.equals("HttpApi") ? ApiEvent.Kind.HTTP_API : null;
            if (kind != null) {
                read(name, kind, tuple.getKeyNode(), TemplateNodes.get(event, "Properties").orElse(null))
                        .ifPresent(result::add);
            }
        }
        return result;
    }

    private Optional<ApiEvent> read(String name, ApiEvent.Kind kind, Node keyNode, Node properties) {
        Optional<Node> pathNode = TemplateNodes.get(properties, "Path");
        Optional<Node> methodNode = TemplateNodes.get(properties, "Method");
        if (kind == ApiEvent.Kind.API && (pathNode.isEmpty() || methodNode.isEmpty())) {
            String missing = pathNode.isEmpty() && methodNode.isEmpty() ? "Path and Method"
                    : pathNode.isEmpty() ? "Path" : "Method";
            problems.add(new TemplateProblem(SourceLocation.of(file, keyNode), logicalId,
                    "Api event " + name + " has no " + missing + "; SAM needs both for an Api event.",
                    "add `Path: /your/path` and `Method: get` (or `any`) under the event's Properties."));
            return Optional.empty();
        }
        String path = ApiEvent.DEFAULT_ROUTE;
        if (pathNode.isPresent()) {
            Optional<String> written = TemplateNodes.plainText(pathNode.get());
            if (written.isEmpty()) {
                notes.add(kind.templateType() + " event " + name + " (" + SourceLocation.of(file, pathNode.get()).describeShort()
                        + ") has a Path that is not a plain string; local runs do not route to it.");
                return Optional.empty();
            }
            path = written.get();
            if (!path.startsWith("/")) {
                problems.add(new TemplateProblem(SourceLocation.of(file, pathNode.get()), logicalId,
                        "Path '" + path + "' of " + kind.templateType() + " event " + name + " does not start with /.",
                        "write the path from the root, e.g. `Path: /" + path + "`."));
                return Optional.empty();
            }
        }
        String method = ApiEvent.ANY_METHOD;
        if (methodNode.isPresent()) {
            Optional<String> written = TemplateNodes.plainText(methodNode.get());
            if (written.isEmpty()) {
                notes.add(kind.templateType() + " event " + name + " (" + SourceLocation.of(file, methodNode.get()).describeShort()
                        + ") has a Method that is not a plain string; local runs do not route to it.");
                return Optional.empty();
            }
            method = written.get().toUpperCase(Locale.ROOT);
            if (method.equals(OPENAPI_ANY)) {
                method = ApiEvent.ANY_METHOD;
            }
            if (!METHODS.contains(method)) {
                problems.add(new TemplateProblem(SourceLocation.of(file, methodNode.get()), logicalId,
                        "Method '" + written.get() + "' of " + kind.templateType() + " event " + name
                                + " is not an HTTP method API Gateway accepts.",
                        "use one of get, post, put, patch, delete, head, options or any."));
                return Optional.empty();
            }
        }
        return Optional.of(new ApiEvent(name, kind, path, method));
    }
}
