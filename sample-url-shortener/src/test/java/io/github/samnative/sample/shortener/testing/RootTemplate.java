package io.github.samnative.sample.shortener.testing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The repository's root template.yaml, read as YAML nodes (which keeps CloudFormation's
 * {@code !Ref} tags readable), so that tests take the table and the routes from the file that is
 * deployed instead of repeating them.
 */
public final class RootTemplate {

    /** One HttpApi route: {@code GET /links/{id}} served by a function and its handler class. */
    public record Route(String method, String path, String functionId, String handler) {
    }

    /** A key attribute of the table: its name, its type (S, N, B) and its role (HASH, RANGE). */
    public record KeyAttribute(String name, String type, String keyType) {
    }

    private final Path file;
    private final MappingNode root;

    private RootTemplate(Path file, MappingNode root) {
        this.file = file;
        this.root = root;
    }

    public static RootTemplate load() {
        Path file = location();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new RootTemplate(file, (MappingNode) new Yaml().compose(reader));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** The module is built from its own directory (Maven's default working directory for tests). */
    public static Path location() {
        Path file = Path.of("").toAbsolutePath().resolveSibling("template.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no template.yaml beside the module directory: " + file);
        }
        return file;
    }

    public static Path samconfig() {
        return location().resolveSibling("samconfig.toml");
    }

    public Path file() {
        return file;
    }

    public List<KeyAttribute> keySchema(String tableId) {
        Node properties = get(resource(tableId), "Properties").orElseThrow();
        Map<String, String> types = new LinkedHashMap<>();
        for (Node definition : items(get(properties, "AttributeDefinitions").orElseThrow())) {
            types.put(text(definition, "AttributeName"), text(definition, "AttributeType"));
        }
        List<KeyAttribute> keys = new ArrayList<>();
        for (Node element : items(get(properties, "KeySchema").orElseThrow())) {
            String name = text(element, "AttributeName");
            keys.add(new KeyAttribute(name, types.get(name), text(element, "KeyType")));
        }
        return keys;
    }

    public List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (NodeTuple resource : ((MappingNode) get(root, "Resources").orElseThrow()).getValue()) {
            Node definition = resource.getValueNode();
            if (!"AWS::Serverless::Function".equals(text(definition, "Type"))) {
                continue;
            }
            Node properties = get(definition, "Properties").orElseThrow();
            String handler = text(properties, "Handler");
            Optional<Node> events = get(properties, "Events");
            if (events.isEmpty()) {
                continue;
            }
            for (NodeTuple event : ((MappingNode) events.get()).getValue()) {
                Node eventNode = event.getValueNode();
                if ("HttpApi".equals(text(eventNode, "Type"))) {
                    Node eventProperties = get(eventNode, "Properties").orElseThrow();
                    routes.add(new Route(text(eventProperties, "Method").toUpperCase(Locale.ROOT),
                            text(eventProperties, "Path"), scalar(resource.getKeyNode()), handler));
                }
            }
        }
        return routes;
    }

    /** The names of a function's policy templates or managed policies, in order. */
    public List<String> policies(String functionId) {
        Node properties = get(resource(functionId), "Properties").orElseThrow();
        List<String> names = new ArrayList<>();
        for (Node policy : get(properties, "Policies").map(RootTemplate::items).orElse(List.of())) {
            if (policy instanceof MappingNode mapping) {
                mapping.getValue().forEach(tuple -> names.add(scalar(tuple.getKeyNode())));
            } else {
                names.add(scalar(policy));
            }
        }
        return names;
    }

    private Node resource(String logicalId) {
        return get(get(root, "Resources").orElseThrow(), logicalId)
                .orElseThrow(() -> new IllegalStateException(file + " has no resource " + logicalId));
    }

    private static Optional<Node> get(Node node, String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (key.equals(scalar(tuple.getKeyNode()))) {
                    return Optional.of(tuple.getValueNode());
                }
            }
        }
        return Optional.empty();
    }

    private static String text(Node node, String key) {
        return get(node, key).map(RootTemplate::scalar).orElse(null);
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    private static List<Node> items(Node node) {
        return node instanceof SequenceNode sequence ? sequence.getValue() : List.of();
    }
}
