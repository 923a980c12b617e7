package io.github.samnative.core.template;

import io.github.samnative.core.template.TemplateValue.Intrinsic;
import io.github.samnative.core.template.TemplateValue.Mapping;
import io.github.samnative.core.template.TemplateValue.Scalar;
import io.github.samnative.core.template.TemplateValue.Sequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Turns composed snakeyaml nodes into {@link TemplateValue}s, naming intrinsic functions by their long form. */
final class TemplateValues {

    private TemplateValues() {
    }

    static TemplateValue of(Node node) {
        if (TemplateNodes.hasShortFormTag(node)) {
            String function = longFormName(node.getTag().getValue());
            return intrinsic(function, untagged(node));
        }
        if (node instanceof MappingNode mapping && mapping.getValue().size() == 1) {
            NodeTuple only = mapping.getValue().get(0);
            String key = TemplateNodes.text(only.getKeyNode());
            if (TemplateNodes.isIntrinsicKey(key, only.getValueNode())) {
                return intrinsic(key, of(only.getValueNode()));
            }
        }
        return untagged(node);
    }

    /** {@code !Ref} and {@code !Condition} keep their name; every other short form {@code !X} is {@code Fn::X}. */
    static String longFormName(String tag) {
        String name = tag.substring(1);
        if (name.equals("Ref") || name.equals("Condition")) {
            return name;
        }
        return "Fn::" + name;
    }

    private static TemplateValue intrinsic(String function, TemplateValue argument) {
        // "!GetAtt Res.Attr" and "Fn::GetAtt: [Res, Attr]" name the same attribute; keep one shape.
        if (function.equals("Fn::GetAtt") && argument instanceof Scalar scalar) {
            int dot = scalar.text().indexOf('.');
            if (dot > 0) {
                argument = new Sequence(List.of(
                        Scalar.string(scalar.text().substring(0, dot)),
                        Scalar.string(scalar.text().substring(dot + 1))));
            }
        }
        return new Intrinsic(function, argument);
    }

    private static TemplateValue untagged(Node node) {
        if (node instanceof ScalarNode scalar) {
            return new Scalar(scalar.getValue(), kindOf(scalar));
        }
        if (node instanceof SequenceNode sequence) {
            List<TemplateValue> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(of(item));
            }
            return new Sequence(items);
        }
        MappingNode mapping = (MappingNode) node;
        Map<String, TemplateValue> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = TemplateNodes.text(tuple.getKeyNode());
            entries.put(key == null ? String.valueOf(of(tuple.getKeyNode())) : key, of(tuple.getValueNode()));
        }
        return new Mapping(entries);
    }

    private static Scalar.Kind kindOf(ScalarNode scalar) {
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.INT)) {
            return Scalar.Kind.INTEGER;
        }
        if (tag.equals(Tag.FLOAT)) {
            return Scalar.Kind.FLOAT;
        }
        if (tag.equals(Tag.BOOL)) {
            return Scalar.Kind.BOOLEAN;
        }
        if (tag.equals(Tag.NULL)) {
            return Scalar.Kind.NULL;
        }
        return Scalar.Kind.STRING;
    }
}
