package io.github.samnative.core.template;

import io.github.samnative.core.SamNativeException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Writes {@code .aws-sam/build/template.yaml} as {@code sam build} does, so {@code sam deploy},
 * {@code sam local} and cfn-lint take it as SAM's own: the original template with each built
 * function's {@code CodeUri} set to its artifact directory {@code <LogicalId>} (relative to the built
 * template) and {@code Metadata.SamResourceId: <LogicalId>} added. Other local paths (CodeUri of
 * functions SAM builds, DefinitionUri, AWS::Include locations, ...) are rewritten to stay pointing at
 * the same files from the new location, as SAM CLI does.
 *
 * <p>It edits snakeyaml's node graph, so every short-form tag ({@code !GetAtt Foo.Arn}), quoting and
 * flow style survive; comments do not. JSON templates are written back as YAML (block style), which
 * is what SAM writes too: YAML is a superset of JSON, and the built template is always
 * {@code template.yaml}. Anchors and aliases are expanded, since CloudFormation does not accept them.
 */
public final class BuiltTemplateWriter {

    public static final String BUILT_TEMPLATE_NAME = "template.yaml";

    private BuiltTemplateWriter() {
    }

    /**
     * Writes {@code buildDir/template.yaml} (atomically, replacing an older one).
     *
     * @param templateFile the original template
     * @param builtLogicalIds the functions whose artifacts are in {@code buildDir/<LogicalId>}
     * @param buildDir usually {@code <template dir>/.aws-sam/build}
     * @return the written file
     */
    public static Path write(Path templateFile, Collection<String> builtLogicalIds, Path buildDir)
            throws SamNativeException {
        String text = render(templateFile, builtLogicalIds, buildDir);
        Path target = buildDir.resolve(BUILT_TEMPLATE_NAME);
        try {
            Files.createDirectories(buildDir);
            Path temporary = Files.createTempFile(buildDir, ".template-", ".yaml.tmp");
            try {
                Files.writeString(temporary, text, StandardCharsets.UTF_8);
                try {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new SamNativeException("Cannot write the built template " + target + ": " + e
                    + "\n  Fix: check that " + buildDir + " is a writable directory.", e);
        }
        return target;
    }

    /** The built template's text, for {@code buildDir}; nothing is written. */
    public static String render(Path templateFile, Collection<String> builtLogicalIds, Path buildDir)
            throws TemplateException {
        MappingNode root = TemplateParser.parse(templateFile);
        Path originalDir = templateFile.toAbsolutePath().normalize().getParent();
        Path newDir = buildDir.toAbsolutePath().normalize();
        Set<String> built = new LinkedHashSet<>(builtLogicalIds);

        Node resources = TemplateNodes.get(root, "Resources").orElse(null);
        for (String logicalId : built) {
            Node resource = TemplateNodes.get(resources, logicalId)
                    .orElseThrow(() -> new IllegalArgumentException("no resource " + logicalId + " in " + templateFile));
            MappingNode properties = childMapping((MappingNode) resource, "Properties");
            put(properties, "CodeUri", logicalId);
            MappingNode metadata = childMapping((MappingNode) resource, "Metadata");
            put(metadata, "SamResourceId", logicalId);
        }
        rewriteOtherLocalPaths(root, built, originalDir, newDir);
        rewriteIncludeLocations(root, originalDir, newDir, new IdentityHashMap<>());

        Node output = TemplateParser.isJson(templateFile) ? blockStyle(root) : root;
        StringWriter text = new StringWriter();
        new Yaml(dumperOptions()).serialize(output, text);
        return text.toString();
    }

    private static DumperOptions dumperOptions() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        // Folding long values over several lines is valid YAML but hard to read and diff.
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        options.setDereferenceAliases(true);
        return options;
    }

    private static void rewriteOtherLocalPaths(MappingNode root, Set<String> built, Path originalDir, Path newDir) {
        Node resources = TemplateNodes.get(root, "Resources").orElse(null);
        if (resources instanceof MappingNode resourceMap) {
            for (NodeTuple tuple : resourceMap.getValue()) {
                if (built.contains(TemplateNodes.text(tuple.getKeyNode()))) {
                    continue;
                }
                Node resource = tuple.getValueNode();
                String type = TemplateNodes.get(resource, "Type").flatMap(TemplateNodes::plainText).orElse("");
                Node properties = TemplateNodes.get(resource, "Properties").orElse(null);
                boolean image = TemplateNodes.get(properties, "PackageType").flatMap(TemplateNodes::plainText)
                        .filter("Image"::equals).isPresent();
                if (!image) {
                    for (String property : LocalPathProperties.ofResourceType(type)) {
                        rewritePath(properties, property, originalDir, newDir);
                    }
                }
            }
        }
        Node globals = TemplateNodes.get(root, "Globals").orElse(null);
        if (globals instanceof MappingNode globalsMap) {
            for (NodeTuple section : globalsMap.getValue()) {
                for (String property : LocalPathProperties.ofGlobalsSection(TemplateNodes.text(section.getKeyNode()))) {
                    rewritePath(section.getValueNode(), property, originalDir, newDir);
                }
            }
        }
    }

    /** {@code Fn::Transform: {Name: AWS::Include, Parameters: {Location: ...}}} may appear anywhere. */
    private static void rewriteIncludeLocations(Node node, Path originalDir, Path newDir, Map<Node, Boolean> visited) {
        if (visited.put(node, Boolean.TRUE) != null) {
            return;
        }
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                Node value = tuple.getValueNode();
                boolean include = "Fn::Transform".equals(TemplateNodes.text(tuple.getKeyNode()))
                        && TemplateNodes.get(value, "Name").flatMap(TemplateNodes::plainText)
                                .filter("AWS::Include"::equals).isPresent();
                if (include) {
                    rewritePath(value, "Parameters.Location", originalDir, newDir);
                } else {
                    rewriteIncludeLocations(value, originalDir, newDir, visited);
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                rewriteIncludeLocations(item, originalDir, newDir, visited);
            }
        }
    }

    private static void rewritePath(Node container, String dottedPath, Path originalDir, Path newDir) {
        String[] keys = dottedPath.split("\\.");
        Node parent = container;
        for (int i = 0; i < keys.length - 1 && parent != null; i++) {
            parent = TemplateNodes.get(parent, keys[i]).orElse(null);
        }
        if (!(parent instanceof MappingNode mapping)) {
            return;
        }
        String key = keys[keys.length - 1];
        List<NodeTuple> tuples = mapping.getValue();
        for (int i = 0; i < tuples.size(); i++) {
            NodeTuple tuple = tuples.get(i);
            if (!key.equals(TemplateNodes.text(tuple.getKeyNode()))) {
                continue;
            }
            Optional<String> value = TemplateNodes.plainText(tuple.getValueNode())
                    .filter(v -> tuple.getValueNode().getTag().equals(Tag.STR))
                    .filter(LocalPathProperties::isRelativePath);
            if (value.isPresent()) {
                String moved = relocate(value.get(), originalDir, newDir);
                ScalarNode old = (ScalarNode) tuple.getValueNode();
                tuples.set(i, new NodeTuple(tuple.getKeyNode(),
                        new ScalarNode(Tag.STR, moved, old.getStartMark(), old.getEndMark(), old.getScalarStyle())));
            }
        }
    }

    static String relocate(String relativePath, Path originalDir, Path newDir) {
        Path target = originalDir.resolve(relativePath).normalize();
        String moved = newDir.relativize(target).toString().replace('\\', '/');
        return moved.isEmpty() ? "." : moved;
    }

    /** The mapping under {@code key}, created (empty) if absent. */
    private static MappingNode childMapping(MappingNode parent, String key) {
        Optional<Node> existing = TemplateNodes.get(parent, key);
        if (existing.isPresent() && existing.get() instanceof MappingNode mapping
                && !TemplateNodes.hasShortFormTag(mapping)) {
            return mapping;
        }
        MappingNode created = new MappingNode(Tag.MAP, new ArrayList<>(), DumperOptions.FlowStyle.BLOCK);
        put(parent, key, created);
        return created;
    }

    private static void put(MappingNode mapping, String key, String value) {
        put(mapping, key, new ScalarNode(Tag.STR, value, null, null, DumperOptions.ScalarStyle.PLAIN));
    }

    private static void put(MappingNode mapping, String key, Node value) {
        List<NodeTuple> tuples = mapping.getValue();
        for (int i = 0; i < tuples.size(); i++) {
            if (key.equals(TemplateNodes.text(tuples.get(i).getKeyNode()))) {
                tuples.set(i, new NodeTuple(tuples.get(i).getKeyNode(), value));
                return;
            }
        }
        tuples.add(new NodeTuple(new ScalarNode(Tag.STR, key, null, null, DumperOptions.ScalarStyle.PLAIN), value));
    }

    /** JSON's quoting and braces carried over to YAML are noise; let the emitter choose plain where it is safe. */
    private static Node blockStyle(Node node) {
        if (node instanceof ScalarNode scalar) {
            return new ScalarNode(scalar.getTag(), scalar.getValue(), scalar.getStartMark(), scalar.getEndMark(),
                    DumperOptions.ScalarStyle.PLAIN);
        }
        ((CollectionNode<?>) node).setFlowStyle(DumperOptions.FlowStyle.BLOCK);
        if (node instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                items.set(i, blockStyle(items.get(i)));
            }
        } else {
            List<NodeTuple> tuples = ((MappingNode) node).getValue();
            for (int i = 0; i < tuples.size(); i++) {
                tuples.set(i, new NodeTuple(blockStyle(tuples.get(i).getKeyNode()), blockStyle(tuples.get(i).getValueNode())));
            }
        }
        return node;
    }
}
