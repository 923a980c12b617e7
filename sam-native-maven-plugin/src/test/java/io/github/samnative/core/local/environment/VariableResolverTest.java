package io.github.samnative.core.local.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.samnative.core.template.SourceLocation;
import io.github.samnative.core.template.TemplateParameter;
import io.github.samnative.core.template.TemplateValue;
import io.github.samnative.core.template.TemplateValue.Intrinsic;
import io.github.samnative.core.template.TemplateValue.Scalar;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VariableResolverTest {

    private static final SourceLocation AT = new SourceLocation(Path.of("template.yaml"), 3);

    private final VariableResolver resolver = new VariableResolver(Map.of(
            "Stage", new TemplateParameter("Stage", "String", Optional.of(Scalar.string("dev")), AT),
            "TableName", new TemplateParameter("TableName", "String", Optional.empty(), AT),
            "Given", new TemplateParameter("Given", "String", Optional.of(Scalar.string("default")), AT)),
            Map.of("Given", "overridden"), "eu-west-3");

    @Test
    void plainValuesAreTheirText() {
        assertEquals(value("orders"), resolver.resolve(Scalar.string("orders")));
        assertEquals(value("8080"), resolver.resolve(new Scalar("8080", Scalar.Kind.INTEGER)));
        assertEquals(value("true"), resolver.resolve(new Scalar("true", Scalar.Kind.BOOLEAN)));
    }

    @Test
    void refTakesTheGivenValueThenTheDefault() {
        assertEquals(value("overridden"), resolver.resolve(ref("Given")));
        assertEquals(value("dev"), resolver.resolve(ref("Stage")));
    }

    @Test
    void pseudoParametersHaveSamsLocalValues() {
        assertEquals(value("eu-west-3"), resolver.resolve(ref("AWS::Region")));
        assertEquals(value("123456789012"), resolver.resolve(ref("AWS::AccountId")));
        assertEquals(value("aws"), resolver.resolve(ref("AWS::Partition")));
        assertInstanceOf(VariableResolver.Omitted.class, resolver.resolve(ref("AWS::NoValue")));
    }

    @Test
    void subAndJoinAreBuiltFromResolvableParts() {
        assertEquals(value("orders-dev-eu-west-3"), resolver.resolve(new Intrinsic("Fn::Sub",
                Scalar.string("orders-${Stage}-${AWS::Region}"))));
        assertEquals(value("${Literal}-dev"), resolver.resolve(new Intrinsic("Fn::Sub", Scalar.string("${!Literal}-${Stage}"))));
        Map<String, TemplateValue> variables = new LinkedHashMap<>();
        variables.put("Name", Scalar.string("orders"));
        assertEquals(value("orders/dev"), resolver.resolve(new Intrinsic("Fn::Sub", new TemplateValue.Sequence(
                List.of(Scalar.string("${Name}/${Stage}"), new TemplateValue.Mapping(variables))))));
        assertEquals(value("a,dev"), resolver.resolve(new Intrinsic("Fn::Join", new TemplateValue.Sequence(List.of(
                Scalar.string(","), new TemplateValue.Sequence(List.of(Scalar.string("a"), ref("Stage"))))))));
    }

    @Test
    void whatExistsOnlyOnceDeployedIsUnresolvedWithTheReason() {
        assertReason("!Ref TableName names a Parameter without a Default", ref("TableName"));
        assertReason("!Ref OrdersTable names a resource or an unknown parameter", ref("OrdersTable"));
        assertReason("!GetAtt has no value before deployment", new Intrinsic("Fn::GetAtt",
                new TemplateValue.Sequence(List.of(Scalar.string("OrdersTable"), Scalar.string("Arn")))));
        assertReason("!Sub uses ${OrdersTable}", new Intrinsic("Fn::Sub", Scalar.string("arn:${OrdersTable}")));
    }

    @Test
    void describeShowsTheValueAsWritten() {
        assertEquals("!GetAtt [Bucket, Arn]", VariableResolver.describe(new Intrinsic("Fn::GetAtt",
                new TemplateValue.Sequence(List.of(Scalar.string("Bucket"), Scalar.string("Arn"))))));
        assertEquals("!Ref TableName", VariableResolver.describe(ref("TableName")));
    }

    private void assertReason(String expectedStart, TemplateValue value) {
        VariableResolver.Resolution resolution = resolver.resolve(value);
        VariableResolver.Unresolved unresolved = assertInstanceOf(VariableResolver.Unresolved.class, resolution);
        assertTrue(unresolved.reason().startsWith(expectedStart), unresolved.reason());
    }

    private static Intrinsic ref(String name) {
        return new Intrinsic("Ref", Scalar.string(name));
    }

    private static VariableResolver.Value value(String text) {
        return new VariableResolver.Value(text);
    }
}
