package io.github.samnative.core.template;

import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Small questions asked of snakeyaml nodes while reading a template. */
final class TemplateNodes {

    private TemplateNodes() {
    }

    /** The value under {@code key}, if {@code node} is a mapping that has it. */
    static Optional<Node> get(Node node, String key) {
        if (!(node instanceof MappingNode mapping)) {
            return Optional.empty();
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (key.equals(text(tuple.getKeyNode()))) {
                return Optional.of(tuple.getValueNode());
            }
        }
        return Optional.empty();
    }

    /** The text of a scalar (tagged or not), or {@code null} for anything else. */
    static String text(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    /** The text of an untagged scalar: something written literally, not an intrinsic function. */
    static Optional<String> plainText(Node node) {
        if (node instanceof ScalarNode scalar && !hasShortFormTag(node)) {
            return Optional.of(scalar.getValue());
        }
        return Optional.empty();
    }

    /** CloudFormation short forms ({@code !Ref}) are YAML local tags: they start with a single {@code !}. */
    static boolean hasShortFormTag(Node node) {
        String tag = node.getTag().getValue();
        return tag.startsWith("!") && !tag.startsWith("!!");
    }

    /** A short-form tag, or a one-entry mapping whose key is {@code Ref}, {@code Condition} or {@code Fn::*}. */
    static boolean isIntrinsic(Node node) {
        if (hasShortFormTag(node)) {
            return true;
        }
        if (node instanceof MappingNode mapping && mapping.getValue().size() == 1) {
            NodeTuple only = mapping.getValue().get(0);
            return isIntrinsicKey(text(only.getKeyNode()), only.getValueNode());
        }
        return false;
    }

    /**
     * {@code Condition} is also an ordinary property name, so only a one-entry {@code Condition}
     * mapping with a plain name in it counts as the function.
     */
    static boolean isIntrinsicKey(String key, Node value) {
        if (key == null) {
            return false;
        }
        if (key.equals("Ref") || key.startsWith("Fn::")) {
            return true;
        }
        return key.equals("Condition") && value instanceof ScalarNode;
    }

    static boolean isPlainMapping(Node node) {
        return node instanceof MappingNode && !isIntrinsic(node);
    }

    static boolean isPlainSequence(Node node) {
        return node instanceof SequenceNode && !hasShortFormTag(node);
    }
}
