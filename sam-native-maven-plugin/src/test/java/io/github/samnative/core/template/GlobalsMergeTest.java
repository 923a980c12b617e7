package io.github.samnative.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.samnative.core.template.TemplateValue.Intrinsic;
import io.github.samnative.core.template.TemplateValue.Mapping;
import io.github.samnative.core.template.TemplateValue.Scalar;
import io.github.samnative.core.template.TemplateValue.Sequence;
import java.io.StringReader;
import java.util.LinkedHashMap;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;

class GlobalsMergeTest {

    @Test
    void functionsInheritGlobalsAndOverrideScalarsAndMapEntries() throws Exception {
        SamTemplate template = TemplateLoader.load(Fixtures.template("globals.yaml"));

        ServerlessFunction inheriting = template.function("InheritingFunction").orElseThrow();
        assertEquals("com.example.DefaultHandler", inheriting.handler());
        assertEquals("provided.al2023", inheriting.runtime());
        assertEquals(256, inheriting.memorySizeMb());
        assertEquals(20, inheriting.timeoutSeconds());
        assertEquals(Architecture.ARM64, inheriting.architecture());
        assertEquals(env("STAGE", "prod", "TABLE_NAME", "global-table"), inheriting.environment());

        ServerlessFunction overriding = template.function("OverridingFunction").orElseThrow();
        assertEquals("com.example.OverridingHandler", overriding.handler());
        assertEquals(1024, overriding.memorySizeMb());
        assertEquals(60, overriding.timeoutSeconds());
        assertEquals(Architecture.ARM64, overriding.architecture());
        assertEquals(env("STAGE", "prod", "TABLE_NAME", "resource-table", "NEW_VAR", "hello"), overriding.environment());
    }

    @Test
    void mergesMapsDeeplyConcatenatesListsAndReplacesArchitectures() {
        Node globals = compose("""
                Runtime: provided.al2023
                Layers: [global-layer]
                Architectures: [arm64]
                Tags: {team: links, cost: shared}
                VpcConfig:
                  SecurityGroupIds: [sg-global]
                  SubnetIds: [subnet-a]
                """);
        Node local = compose("""
                Layers: [own-layer]
                Architectures: [x86_64]
                Tags: {cost: own}
                VpcConfig:
                  SecurityGroupIds: [sg-own]
                """);

        Mapping merged = (Mapping) TemplateValues.of(GlobalsMerger.mergeProperties(globals, local));

        assertEquals(text("provided.al2023"), merged.entries().get("Runtime"));
        assertEquals(list("global-layer", "own-layer"), merged.entries().get("Layers"));
        assertEquals(list("x86_64"), merged.entries().get("Architectures"));
        assertEquals(map("team", text("links"), "cost", text("own")), merged.entries().get("Tags"));
        assertEquals(map("SecurityGroupIds", list("sg-global", "sg-own"), "SubnetIds", list("subnet-a")),
                merged.entries().get("VpcConfig"));
    }

    @Test
    void treatsIntrinsicFunctionsAsScalarsThatAreNeverMergedInto() {
        Node globals = compose("""
                Environment:
                  Variables: {STAGE: prod}
                Layers: [global-layer]
                """);
        Node local = compose("""
                Environment:
                  Variables: !If [IsProd, {MODE: fast}, {MODE: slow}]
                Layers: !Ref LayerList
                """);

        Mapping merged = (Mapping) TemplateValues.of(GlobalsMerger.mergeProperties(globals, local));

        Mapping environment = (Mapping) merged.entries().get("Environment");
        assertEquals("Fn::If", ((Intrinsic) environment.entries().get("Variables")).function());
        assertEquals(new Intrinsic("Ref", text("LayerList")), merged.entries().get("Layers"));
    }

    @Test
    void keepsTheLineOfEachValueWhereverItWasWritten() throws Exception {
        TemplateException error = org.junit.jupiter.api.Assertions.assertThrows(TemplateException.class,
                () -> TemplateLoader.load(Fixtures.template("invalid/architectures-in-both.yaml")));

        TemplateProblem problem = error.problems().get(0);
        assertEquals(13, problem.location().line());
        assertEquals(Fixtures.template("invalid/architectures-in-both.yaml") + ", line 13, function ShortenFunction:"
                + " Architectures is set both here and in Globals.Function (line 4). SAM appends a function's list"
                + " to the Globals list, so the function would deploy with two architectures, which Lambda rejects.\n"
                + "  Fix: set Architectures in only one place: remove it from Globals.Function and give each function"
                + " its own, or remove it from this function.", error.getMessage());
    }

    private static Node compose(String yaml) {
        return new Yaml().compose(new StringReader(yaml));
    }

    private static Scalar text(String value) {
        return Scalar.string(value);
    }

    private static Sequence list(String... items) {
        return new Sequence(java.util.Arrays.stream(items).map(Scalar::string).map(TemplateValue.class::cast).toList());
    }

    private static Mapping map(Object... keysAndValues) {
        Map<String, TemplateValue> entries = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entries.put((String) keysAndValues[i], (TemplateValue) keysAndValues[i + 1]);
        }
        return new Mapping(entries);
    }

    private static Map<String, TemplateValue> env(String... namesAndValues) {
        Map<String, TemplateValue> entries = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            entries.put(namesAndValues[i], text(namesAndValues[i + 1]));
        }
        return entries;
    }

}
