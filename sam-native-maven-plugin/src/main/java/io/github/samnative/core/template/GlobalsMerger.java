package io.github.samnative.core.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Applies {@code Globals.Function} to a function's Properties the way SAM does: a value in the
 * resource replaces a global scalar; maps are merged key by key (recursively) with the resource's
 * entries winning; lists are the global entries followed by the resource's. An intrinsic function
 * counts as a scalar, so it is never merged into. {@code Architectures} is the exception among lists:
 * a function runs on exactly one architecture, so the resource's list replaces the global one.
 *
 * <p>The merge works on nodes and reuses the original ones, so a merged value still reports the line
 * where it was written, in the resource or in Globals.
 */
final class GlobalsMerger {

    private static final Set<String> REPLACED_LISTS = Set.of("Architectures");

    private GlobalsMerger() {
    }

    /**
     * @param globals {@code Globals.Function}, or {@code null}
     * @param properties the resource's {@code Properties}, or {@code null}
     * @return the merged properties, or {@code null} when both are absent
     */
    static Node mergeProperties(Node globals, Node properties) {
        if (globals == null || !TemplateNodes.isPlainMapping(globals)) {
            return properties;
        }
        if (properties == null) {
            return globals;
        }
        if (!TemplateNodes.isPlainMapping(properties)) {
            return properties;
        }
        Map<String, NodeTuple> merged = new LinkedHashMap<>();
        for (NodeTuple global : ((MappingNode) globals).getValue()) {
            merged.put(TemplateNodes.text(global.getKeyNode()), global);
        }
        for (NodeTuple local : ((MappingNode) properties).getValue()) {
            String key = TemplateNodes.text(local.getKeyNode());
            NodeTuple global = merged.get(key);
            if (global == null || REPLACED_LISTS.contains(key)) {
                merged.put(key, local);
            } else {
                merged.put(key, new NodeTuple(local.getKeyNode(), merge(global.getValueNode(), local.getValueNode())));
            }
        }
        return mapping(properties, new ArrayList<>(merged.values()));
    }

    private static Node merge(Node global, Node local) {
        if (TemplateNodes.isPlainMapping(global) && TemplateNodes.isPlainMapping(local)) {
            Map<String, NodeTuple> merged = new LinkedHashMap<>();
            for (NodeTuple tuple : ((MappingNode) global).getValue()) {
                merged.put(TemplateNodes.text(tuple.getKeyNode()), tuple);
            }
            for (NodeTuple tuple : ((MappingNode) local).getValue()) {
                String key = TemplateNodes.text(tuple.getKeyNode());
                NodeTuple existing = merged.get(key);
                merged.put(key, existing == null ? tuple
                        : new NodeTuple(tuple.getKeyNode(), merge(existing.getValueNode(), tuple.getValueNode())));
            }
            return mapping(local, new ArrayList<>(merged.values()));
        }
        if (TemplateNodes.isPlainSequence(global) && TemplateNodes.isPlainSequence(local)) {
            List<Node> items = new ArrayList<>(((SequenceNode) global).getValue());
            items.addAll(((SequenceNode) local).getValue());
            return new SequenceNode(Tag.SEQ, true, items, local.getStartMark(), local.getEndMark(),
                    DumperOptions.FlowStyle.BLOCK);
        }
        return local;
    }

    private static MappingNode mapping(Node positionedLike, List<NodeTuple> tuples) {
        return new MappingNode(Tag.MAP, true, tuples, positionedLike.getStartMark(), positionedLike.getEndMark(),
                DumperOptions.FlowStyle.BLOCK);
    }
}
