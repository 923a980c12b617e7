package io.github.samnative.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.samnative.core.template.TemplateValue.Intrinsic;
import io.github.samnative.core.template.TemplateValue.Scalar;
import io.github.samnative.core.template.TemplateValue.Sequence;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TemplateLoaderTest {

    private static final List<String> SHORT_FORM_TAGS = List.of("!Ref", "!Sub", "!GetAtt", "!Join", "!If", "!Select",
            "!Split", "!FindInMap", "!ImportValue", "!Base64", "!Cidr", "!Equals", "!Not", "!And", "!Or", "!Condition",
            "!GetAZs");

    private static Scalar text(String value) {
        return Scalar.string(value);
    }

    private static Sequence list(TemplateValue... items) {
        return new Sequence(List.of(items));
    }

    @Test
    void readsATemplateUsingEveryShortFormTag() throws Exception {
        String source = Files.readString(Fixtures.template("all-short-form-tags.yaml"));
        for (String tag : SHORT_FORM_TAGS) {
            assertTrue(source.contains(tag + " "), "the fixture should use " + tag);
        }

        SamTemplate template = TemplateLoader.load(Fixtures.template("all-short-form-tags.yaml"));

        assertEquals(List.of("ShortenFunction", "RedirectFunction"),
                template.functions().stream().map(ServerlessFunction::logicalId).toList());
        assertEquals(List.of("ReportFunction"), template.skipped().stream().map(SkippedFunction::logicalId).toList());
    }

    @Test
    void readsFunctionPropertiesWithGlobalsAndDefaults() throws Exception {
        SamTemplate template = TemplateLoader.load(Fixtures.template("all-short-form-tags.yaml"));
        ServerlessFunction shorten = template.function("ShortenFunction").orElseThrow();

        assertEquals("com.example.links.ShortenHandler", shorten.handler());
        assertEquals("provided.al2023", shorten.runtime());
        assertEquals(Optional.of("sample-url-shortener/"), shorten.codeUri());
        assertEquals(Architecture.X86_64, shorten.architecture());
        assertEquals(10, shorten.timeoutSeconds(), "Timeout comes from Globals.Function");
        assertEquals(128, shorten.memorySizeMb(), "MemorySize is !If, so the default is used");
        assertEquals(List.of("MemorySize (all-short-form-tags.yaml line 74) is an intrinsic function (Fn::If);"
                + " sam-native uses the default of 128 MB for local runs."), shorten.notes());
        assertEquals(66, shorten.location().line());
        assertEquals(template.file(), shorten.location().file());

        ServerlessFunction redirect = template.function("RedirectFunction").orElseThrow();
        assertEquals("com.example.links.RedirectHandler::handleRequest", redirect.handler());
        assertEquals(Architecture.ARM64, redirect.architecture());
        assertEquals(101, redirect.location().line());
    }

    @Test
    void keepsIntrinsicFunctionsInEnvironmentAsTypedValues() throws Exception {
        ServerlessFunction shorten = TemplateLoader.load(Fixtures.template("all-short-form-tags.yaml"))
                .function("ShortenFunction").orElseThrow();
        Map<String, TemplateValue> environment = shorten.environment();

        assertEquals(List.of("STAGE", "TABLE_NAME", "TABLE_ARN", "BASE_URL", "FIRST_ORIGIN", "LOG_LEVEL",
                "ALERTS_TOPIC", "BANNER", "REGION_KIND", "MAX_LINKS"), List.copyOf(environment.keySet()));
        assertEquals(new Intrinsic("Ref", text("Stage")), environment.get("STAGE"));
        assertEquals(Optional.of("LinksTable"), ((Intrinsic) environment.get("TABLE_NAME")).refTarget());
        assertEquals(new Intrinsic("Fn::GetAtt", list(text("LinksTable"), text("Arn"))), environment.get("TABLE_ARN"));
        assertEquals(new Intrinsic("Fn::Join", list(text(""),
                list(text("https://"), new Intrinsic("Ref", text("AWS::StackName")), text(".example.com")))),
                environment.get("BASE_URL"));
        assertEquals(new Intrinsic("Fn::Select", list(new Scalar("0", Scalar.Kind.INTEGER),
                new Intrinsic("Fn::Split", list(text(","), new Intrinsic("Ref", text("AllowedOrigins")))))),
                environment.get("FIRST_ORIGIN"));
        assertEquals(new Intrinsic("Fn::FindInMap", list(text("StageConfig"), new Intrinsic("Ref", text("Stage")),
                text("LogLevel"))), environment.get("LOG_LEVEL"));
        assertEquals(new Intrinsic("Fn::ImportValue", text("shared-alerts-topic-arn")), environment.get("ALERTS_TOPIC"));
        assertEquals(new Intrinsic("Fn::Base64", text("short links")), environment.get("BANNER"));
        assertEquals(new Intrinsic("Fn::If", list(text("IsProdInEu"), text("eu-prod"), text("other"))),
                environment.get("REGION_KIND"));
        assertEquals(new Scalar("1000", Scalar.Kind.INTEGER), environment.get("MAX_LINKS"));
    }

    @Test
    void namesEveryShortFormTagByItsLongForm() {
        assertEquals("Ref", TemplateValues.longFormName("!Ref"));
        assertEquals("Condition", TemplateValues.longFormName("!Condition"));
        for (String tag : SHORT_FORM_TAGS) {
            if (!tag.equals("!Ref") && !tag.equals("!Condition")) {
                assertEquals("Fn::" + tag.substring(1), TemplateValues.longFormName(tag));
            }
        }
    }

    @Test
    void exposesParametersWithTypeAndDefault() throws Exception {
        SamTemplate template = TemplateLoader.load(Fixtures.template("all-short-form-tags.yaml"));

        assertEquals(List.of("Stage", "TableName", "AllowedOrigins", "MemoryMb"), List.copyOf(template.parameters().keySet()));
        TemplateParameter stage = template.parameters().get("Stage");
        assertEquals("String", stage.type());
        assertEquals(Optional.of(text("dev")), stage.defaultValue());
        assertEquals(6, stage.location().line());
        TemplateParameter memory = template.parameters().get("MemoryMb");
        assertEquals("Number", memory.type());
        assertEquals(Optional.of(new Scalar("512", Scalar.Kind.INTEGER)), memory.defaultValue());
    }

    @Test
    void readsLongFormIntrinsicsLikeShortForms() throws Exception {
        SamTemplate template = TemplateLoader.load(Fixtures.template("long-form-intrinsics.yaml"));
        ServerlessFunction function = template.function("ShortenFunction").orElseThrow();
        Map<String, TemplateValue> environment = function.environment();

        assertEquals(new Intrinsic("Ref", text("LinksTable")), environment.get("TABLE_NAME"));
        Intrinsic arn = new Intrinsic("Fn::GetAtt", list(text("LinksTable"), text("Arn")));
        assertEquals(arn, environment.get("TABLE_ARN"));
        assertEquals(arn, environment.get("TABLE_ARN_DOTTED"));
        assertEquals(new Intrinsic("Fn::Sub", text("hello ${Stage}")), environment.get("GREETING"));
        assertEquals(new Intrinsic("Fn::Join", list(text("-"), list(text("a"), new Intrinsic("Ref", text("Stage"))))),
                environment.get("JOINED"));
        assertEquals(new Intrinsic("Condition", text("IsProd")), environment.get("CONDITION_NAMED"));
        assertEquals(3, function.timeoutSeconds(), "Timeout is Fn::If, so the default is used");
        assertEquals(List.of("Timeout (long-form-intrinsics.yaml line 21) is an intrinsic function (Fn::If);"
                + " sam-native uses the default of 3 seconds for local runs."), function.notes());
    }

    @Test
    void readsAJsonTemplateIndentedWithTabs() throws Exception {
        assertTrue(Files.readString(Fixtures.template("json/template.json")).contains("\t\""),
                "the fixture should be indented with tabs, which YAML forbids");

        SamTemplate template = TemplateLoader.load(Fixtures.template("json/template.json"));
        ServerlessFunction function = template.function("ShortenFunction").orElseThrow();

        assertEquals("com.example.links.ShortenHandler", function.handler());
        assertEquals(Optional.of("app/"), function.codeUri());
        assertEquals(Architecture.ARM64, function.architecture());
        assertEquals(512, function.memorySizeMb());
        assertEquals(15, function.timeoutSeconds());
        assertEquals(new Intrinsic("Fn::GetAtt", list(text("LinksTable"), text("Arn"))),
                function.environment().get("TABLE_ARN"));
        assertEquals(text("2024-01-01"), function.environment().get("VERSION"), "a JSON string stays a string");
        assertEquals(text("512"), function.environment().get("COUNT"), "a quoted number stays a string");
        assertEquals(List.of(new ApiEvent("Shorten", ApiEvent.Kind.API, "/links", "POST")), function.events());
        assertEquals(Optional.of(text("links")), template.parameters().get("TableName").defaultValue());
    }

    @Test
    void fillsInSamDefaults() throws Exception {
        ServerlessFunction function = TemplateLoader.load(Fixtures.template("defaults.yaml"))
                .function("MinimalFunction").orElseThrow();

        assertEquals("provided.al2", function.runtime());
        assertEquals(Architecture.X86_64, function.architecture());
        assertEquals(128, function.memorySizeMb());
        assertEquals(3, function.timeoutSeconds());
        assertEquals(Map.of(), function.environment());
        assertEquals(List.of(), function.events());
        assertEquals(Optional.empty(), function.codeUri());
        assertEquals(".", function.makefileDirectory(), "SAM's default CodeUri is the template's directory");
        assertEquals(Fixtures.template("defaults.yaml").getParent(), function.makefileDirectoryPath());
        assertEquals(List.of("Runtime provided.al2 (defaults.yaml line 8) runs on Amazon Linux 2, which Lambda is"
                + " retiring and whose glibc (2.26) is older than most build hosts'; prefer provided.al2023."),
                function.notes());
    }

    @Test
    void readsQuotedWholeNumbersAndDefaultsIntrinsicOnes() throws Exception {
        ServerlessFunction function = TemplateLoader.load(Fixtures.template("intrinsic-numbers.yaml"))
                .function("RefFunction").orElseThrow();

        assertEquals(30, function.timeoutSeconds());
        assertEquals(128, function.memorySizeMb());
        assertEquals(List.of("MemorySize (intrinsic-numbers.yaml line 14) is an intrinsic function (Ref);"
                + " sam-native uses the default of 128 MB for local runs."), function.notes());
    }

    @Test
    void modelsProjectRootDirectoryAndContextPath() throws Exception {
        SamTemplate template = TemplateLoader.load(Fixtures.template("metadata-paths.yaml"));

        ServerlessFunction context = template.function("ContextFunction").orElseThrow();
        assertEquals(Optional.empty(), context.codeUri());
        assertEquals(Optional.of("services/context"), context.contextPath());
        assertEquals(Optional.of("services"), context.projectRootDirectory());
        assertEquals("services/context", context.makefileDirectory());
        assertEquals(template.directory().resolve("services/context"), context.makefileDirectoryPath());

        ServerlessFunction root = template.function("RootFunction").orElseThrow();
        assertEquals("services", root.makefileDirectory());

        ServerlessFunction other = template.function("CodeUriFunction").orElseThrow();
        assertEquals("other/", other.makefileDirectory());
        assertEquals(template.directory().resolve("other"), other.makefileDirectoryPath());
        assertEquals("build-CodeUriFunction", other.makeTarget());
    }

    @Test
    void reportsFunctionsLeftToSamAndWhy() throws Exception {
        SamTemplate template = TemplateLoader.load(Fixtures.template("skipped.yaml"));

        assertEquals(List.of("NativeFunction"), template.functions().stream().map(ServerlessFunction::logicalId).toList());
        List<SkippedFunction> skipped = template.skipped();
        assertEquals(List.of("ManagedJavaFunction", "GoFunction", "PythonMakefileFunction", "ImageFunction"),
                skipped.stream().map(SkippedFunction::logicalId).toList());
        assertEquals("Runtime java21 with no Metadata.BuildMethod: SAM's own Java builder builds it.",
                skipped.get(0).reason());
        assertEquals(10, skipped.get(0).location().line());
        assertEquals("java21", skipped.get(0).runtime());
        assertEquals("Runtime provided.al2023 with Metadata.BuildMethod go1.x: SAM builds it"
                + " (set `Metadata.BuildMethod: makefile` to build it with sam-native).", skipped.get(1).reason());
        assertEquals("go1.x", skipped.get(1).buildMethod());
        assertEquals("Runtime python3.12 is not a custom runtime: its Makefile build is SAM's, not sam-native's.",
                skipped.get(2).reason());
        assertEquals("PackageType is Image: SAM builds it as a container image.", skipped.get(3).reason());
    }
}
