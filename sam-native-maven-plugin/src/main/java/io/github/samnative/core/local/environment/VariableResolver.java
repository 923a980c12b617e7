package io.github.samnative.core.local.environment;

import io.github.samnative.core.template.TemplateParameter;
import io.github.samnative.core.template.TemplateValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives an environment variable written in the template a value, as CloudFormation would at deploy
 * time, as far as that is possible without AWS: plain values, {@code !Ref} to a Parameter or a
 * pseudo parameter, and {@code !Sub}/{@code !Join} built from those. Anything else (a resource's
 * name or ARN, {@code !GetAtt}, {@code !ImportValue}) exists only once deployed.
 */
public final class VariableResolver {

    /** What SAM CLI uses for the pseudo parameters locally. */
    private static final String ACCOUNT_ID = "123456789012";
    private static final String STACK_NAME = "local";
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}!][^}]*)}");

    /** The outcome for one value. */
    public sealed interface Resolution permits Value, Omitted, Unresolved {
    }

    public record Value(String text) implements Resolution {
    }

    /** {@code !Ref AWS::NoValue}: the variable is left out, as CloudFormation does. */
    public record Omitted() implements Resolution {
    }

    /** @param reason why, naming the reference, e.g. "!Ref OrdersTable names a resource" */
    public record Unresolved(String reason) implements Resolution {
    }

    private final Map<String, TemplateParameter> parameters;
    private final Map<String, String> parameterValues;
    private final String region;

    /**
     * @param parameterValues values given for template Parameters; a parameter without one uses its Default
     */
    public VariableResolver(Map<String, TemplateParameter> parameters, Map<String, String> parameterValues, String region) {
        this.parameters = parameters;
        this.parameterValues = parameterValues;
        this.region = region;
    }

    public Resolution resolve(TemplateValue value) {
        if (value instanceof TemplateValue.Scalar scalar) {
            return new Value(scalar.kind() == TemplateValue.Scalar.Kind.NULL ? "" : scalar.text());
        }
        if (value instanceof TemplateValue.Intrinsic intrinsic) {
            switch (intrinsic.function()) {
                case "Ref":
                    return intrinsic.refTarget().map(this::reference)
                            .orElse(new Unresolved("!Ref needs a plain name"));
                case "Fn::Sub":
                    return substitute(intrinsic.argument());
                case "Fn::Join":
                    return join(intrinsic.argument());
                default:
                    return new Unresolved(shortName(intrinsic.function()) + " has no value before deployment");
            }
        }
        return new Unresolved("a " + (value instanceof TemplateValue.Sequence ? "list" : "map")
                + " is not a valid environment variable value");
    }

    private Resolution reference(String name) {
        switch (name) {
            case "AWS::Region":
                return new Value(region);
            case "AWS::AccountId":
                return new Value(ACCOUNT_ID);
            case "AWS::Partition":
                return new Value("aws");
            case "AWS::URLSuffix":
                return new Value("amazonaws.com");
            case "AWS::StackName":
                return new Value(STACK_NAME);
            case "AWS::NoValue":
                return new Omitted();
            default:
                break;
        }
        String given = parameterValues.get(name);
        if (given != null) {
            return new Value(given);
        }
        TemplateParameter parameter = parameters.get(name);
        if (parameter == null) {
            return new Unresolved("!Ref " + name + " names a resource or an unknown parameter, whose value exists only once deployed");
        }
        if (parameter.defaultValue().isEmpty()) {
            return new Unresolved("!Ref " + name + " names a Parameter without a Default");
        }
        Resolution resolved = resolve(parameter.defaultValue().get());
        return resolved instanceof Unresolved ? new Unresolved("the Default of Parameter " + name + " cannot be resolved")
                : resolved;
    }

    private Resolution substitute(TemplateValue argument) {
        String template;
        Map<String, TemplateValue> extra = Map.of();
        if (argument instanceof TemplateValue.Scalar scalar) {
            template = scalar.text();
        } else if (argument instanceof TemplateValue.Sequence sequence && sequence.items().size() == 2
                && sequence.items().get(0) instanceof TemplateValue.Scalar first
                && sequence.items().get(1) instanceof TemplateValue.Mapping variables) {
            template = first.text();
            extra = variables.entries();
        } else {
            return new Unresolved("!Sub takes a string, or a string and a map of variables");
        }
        Matcher matcher = SUB_VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1).trim();
            Resolution part = extra.containsKey(name) ? resolve(extra.get(name)) : reference(name);
            if (!(part instanceof Value partValue)) {
                return new Unresolved("!Sub uses ${" + name + "}"
                        + (part instanceof Unresolved why ? ", and " + why.reason() : ", which is AWS::NoValue"));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(partValue.text()));
        }
        matcher.appendTail(out);
        // ${!Literal} is CloudFormation's escape for a literal ${Literal}.
        return new Value(out.toString().replace("${!", "${"));
    }

    private Resolution join(TemplateValue argument) {
        if (!(argument instanceof TemplateValue.Sequence sequence) || sequence.items().size() != 2
                || !(sequence.items().get(0) instanceof TemplateValue.Scalar delimiter)
                || !(sequence.items().get(1) instanceof TemplateValue.Sequence items)) {
            return new Unresolved("!Join takes a delimiter and a list");
        }
        List<String> parts = new ArrayList<>();
        for (TemplateValue item : items.items()) {
            Resolution part = resolve(item);
            if (part instanceof Unresolved why) {
                return new Unresolved("!Join has an item where " + why.reason());
            }
            if (part instanceof Value partValue) {
                parts.add(partValue.text());
            }
        }
        return new Value(String.join(delimiter.text(), parts));
    }

    private static String shortName(String function) {
        return "!" + (function.startsWith("Fn::") ? function.substring(4) : function);
    }

    /** For messages: the value as the user wrote it, in short form. */
    public static String describe(TemplateValue value) {
        if (value instanceof TemplateValue.Scalar scalar) {
            return scalar.text();
        }
        if (value instanceof TemplateValue.Intrinsic intrinsic) {
            return shortName(intrinsic.function()) + " " + describe(intrinsic.argument());
        }
        if (value instanceof TemplateValue.Sequence sequence) {
            List<String> items = new ArrayList<>();
            sequence.items().forEach(item -> items.add(describe(item)));
            return "[" + String.join(", ", items) + "]";
        }
        List<String> entries = new ArrayList<>();
        ((TemplateValue.Mapping) value).entries().forEach((k, v) -> entries.add(k + ": " + describe(v)));
        return "{" + String.join(", ", entries) + "}";
    }
}
