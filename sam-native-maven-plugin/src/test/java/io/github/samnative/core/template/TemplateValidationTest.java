package io.github.samnative.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateValidationTest {

    private static TemplateException loadFails(String fixture) {
        return assertThrows(TemplateException.class, () -> TemplateLoader.load(Fixtures.template(fixture)));
    }

    @Test
    void missingFileSaysWhereItLooked(@TempDir Path dir) {
        Path missing = dir.resolve("template.yaml");
        TemplateException error = assertThrows(TemplateException.class, () -> TemplateLoader.load(missing));

        assertEquals(missing + ": the template file does not exist.\n"
                + "  Fix: create it, or point -Dsam-native.template at your SAM template.", error.getMessage());
    }

    @Test
    void yamlSyntaxErrorGivesItsLine() {
        Path file = Fixtures.template("invalid/syntax-error.yaml");
        TemplateException error = loadFails("invalid/syntax-error.yaml");

        assertEquals(7, error.problems().get(0).location().line());
        assertEquals(file + ", line 7: the template is not valid YAML (column 6): while parsing a block mapping,"
                + " expected <block end>, but found '<block mapping start>' (the construct started at line 4)\n"
                + "  Fix: correct the YAML at that line: check its indentation (spaces only, no tabs), quotes and"
                + " brackets.", error.getMessage());
    }

    @Test
    void emptyTemplateIsReported(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("template.yaml"), "# nothing yet\n");

        TemplateException error = assertThrows(TemplateException.class, () -> TemplateLoader.load(file));

        assertEquals(file + ": the template is empty.\n  Fix: write a SAM template with a Resources section, or"
                + " point -Dsam-native.template at the right file.", error.getMessage());
    }

    @Test
    void templateWithoutResources() {
        TemplateException error = loadFails("invalid/no-resources.yaml");

        assertEquals(Fixtures.template("invalid/no-resources.yaml") + ": the template has no Resources section.\n"
                + "  Fix: add a Resources section with your functions; sam-native builds AWS::Serverless::Function"
                + " resources with `Runtime: provided.al2023` (or provided.al2) and"
                + " `Metadata: {BuildMethod: makefile}`.", error.getMessage());
    }

    @Test
    void noFunctionToBuildListsWhatWasFoundInstead() {
        TemplateException error = loadFails("invalid/nothing-to-build.yaml");

        assertEquals(Fixtures.template("invalid/nothing-to-build.yaml") + ", line 3: the template has no function for"
                + " sam-native to build. Found instead:\n"
                + "    - ManagedJavaFunction (nothing-to-build.yaml line 5): Runtime java21 with no"
                + " Metadata.BuildMethod: SAM's own Java builder builds it.\n"
                + "    - GoFunction (nothing-to-build.yaml line 10): Runtime provided.al2023 with Metadata.BuildMethod"
                + " go1.x: SAM builds it (set `Metadata.BuildMethod: makefile` to build it with sam-native).\n"
                + "  Fix: give each function sam-native should build `Runtime: provided.al2023` and"
                + " `Metadata: {BuildMethod: makefile}`; sam-native builds AWS::Serverless::Function resources with"
                + " `Runtime: provided.al2023` (or provided.al2) and `Metadata: {BuildMethod: makefile}`.",
                error.getMessage());
    }

    @Test
    void noServerlessFunctionAtAllListsTheResources() {
        TemplateException error = loadFails("invalid/no-functions.yaml");

        assertEquals(Fixtures.template("invalid/no-functions.yaml") + ", line 3: the template has no function for"
                + " sam-native to build. Found instead:\n"
                + "    - no AWS::Serverless::Function at all; resources: LinksTable (AWS::Serverless::SimpleTable),"
                + " Topic (AWS::SNS::Topic)",
                error.getMessage().substring(0, error.getMessage().indexOf("\n  Fix: ")));
    }

    @Test
    void makefileFunctionWithoutHandler() {
        TemplateException error = loadFails("invalid/missing-handler.yaml");

        assertEquals(Fixtures.template("invalid/missing-handler.yaml") + ", line 5, function ShortenFunction:"
                + " Handler is missing.\n"
                + "  Fix: add `Handler: com.example.MyHandler` (a class implementing RequestHandler or"
                + " RequestStreamHandler) or `Handler: com.example.MyHandler::method` to the function's Properties,"
                + " or to Globals.Function.", error.getMessage());
        assertEquals("ShortenFunction", error.problems().get(0).logicalId());
    }

    @Test
    void managedJavaRuntimeWithMakefileExplainsBothWaysOut() {
        TemplateException error = loadFails("invalid/java-runtime-makefile.yaml");

        assertEquals(Fixtures.template("invalid/java-runtime-makefile.yaml") + ", line 9, function ShortenFunction:"
                + " Runtime java21 is Lambda's managed Java runtime, which runs a jar, but the function has"
                + " `Metadata.BuildMethod: makefile`. sam-native builds provided.al2023 bootstraps (a native"
                + " executable or a bundled JVM), not jars for managed runtimes.\n"
                + "  Fix: either set `Runtime: provided.al2023` (keeping `BuildMethod: makefile`) to build this"
                + " function with sam-native, or remove `BuildMethod: makefile` from its Metadata to leave it to"
                + " SAM's own Java builder.", error.getMessage());
    }

    @Test
    void unknownRuntimeWithMakefile() {
        TemplateException error = loadFails("invalid/unknown-runtime.yaml");

        assertEquals(Fixtures.template("invalid/unknown-runtime.yaml") + ", line 9, function ShortenFunction:"
                + " Runtime 'provided.al2024' is not a Lambda runtime sam-native knows.\n"
                + "  Fix: write `Runtime: provided.al2023` (or `provided.al2`) for a function built with"
                + " `BuildMethod: makefile`.", error.getMessage());
    }

    @Test
    void invalidArchitecturesAreAllReportedTogether() {
        TemplateException error = loadFails("invalid/bad-architectures.yaml");
        String fix = "\n  Fix: write `Architectures: [x86_64]` or `Architectures: [arm64]`.";
        Path file = Fixtures.template("invalid/bad-architectures.yaml");

        assertEquals(List.of(
                file + ", line 17, function AmdFunction: Architectures value 'amd64' is not valid; Lambda accepts"
                        + " x86_64 or arm64." + fix,
                file + ", line 23, function TwoFunction: Architectures lists 2 entries [x86_64, arm64]; Lambda"
                        + " allows exactly one." + fix,
                file + ", line 29, function RefFunction: Architectures must be a list with one entry, x86_64 or"
                        + " arm64. sam-native picks the binary to build from it, so it cannot be an intrinsic"
                        + " function." + fix),
                error.problems().stream().map(TemplateProblem::render).toList());
        assertEquals("The template has 3 problems:\n\n" + String.join("\n\n",
                error.problems().stream().map(TemplateProblem::render).toList()), error.getMessage());
    }

    @Test
    void memorySizeAndTimeoutMustBeWholeNumbersInRange() {
        TemplateException error = loadFails("invalid/bad-numbers.yaml");
        Path file = Fixtures.template("invalid/bad-numbers.yaml");

        assertEquals(List.of(
                file + ", line 14, function WordsFunction: MemorySize '512MB' is not a whole number.\n"
                        + "  Fix: write MemorySize as a whole number of MB between 128 and 10240, e.g."
                        + " `MemorySize: 512`.",
                file + ", line 15, function WordsFunction: Timeout '2.5' is not a whole number.\n"
                        + "  Fix: write Timeout as a whole number of seconds between 1 and 900, e.g. `Timeout: 30`.",
                file + ", line 23, function RangeFunction: MemorySize 64 is out of range; Lambda accepts 128 to"
                        + " 10240 MB.\n"
                        + "  Fix: write MemorySize as a whole number of MB between 128 and 10240, e.g."
                        + " `MemorySize: 512`.",
                file + ", line 24, function RangeFunction: Timeout 1000 is out of range; Lambda accepts 1 to 900"
                        + " seconds.\n"
                        + "  Fix: write Timeout as a whole number of seconds between 1 and 900, e.g. `Timeout: 30`."),
                error.problems().stream().map(TemplateProblem::render).toList());
    }

    @Test
    void invalidApiEvents() {
        TemplateException error = loadFails("invalid/bad-events.yaml");
        Path file = Fixtures.template("invalid/bad-events.yaml");

        assertEquals(List.of(
                file + ", line 11, function ItemsFunction: Api event NoMethod has no Method; SAM needs both for an"
                        + " Api event.\n"
                        + "  Fix: add `Path: /your/path` and `Method: get` (or `any`) under the event's Properties.",
                file + ", line 18, function ItemsFunction: Path 'items' of HttpApi event NoSlash does not start"
                        + " with /.\n"
                        + "  Fix: write the path from the root, e.g. `Path: /items`.",
                file + ", line 24, function ItemsFunction: Method 'fetch' of HttpApi event BadMethod is not an HTTP"
                        + " method API Gateway accepts.\n"
                        + "  Fix: use one of get, post, put, patch, delete, head, options or any."),
                error.problems().stream().map(TemplateProblem::render).toList());
    }

    @Test
    void duplicateLogicalIdIsReported(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("template.yaml"), """
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Metadata: {BuildMethod: makefile}
                    Properties: {Runtime: provided.al2023, Handler: a.A}
                  Fn:
                    Type: AWS::SNS::Topic
                """);

        TemplateException error = assertThrows(TemplateException.class, () -> TemplateLoader.load(file));

        assertEquals(file + ", line 6, function Fn: the LogicalId Fn is used twice in Resources (first at line 2).\n"
                + "  Fix: give each resource its own LogicalId.", error.getMessage());
    }
}
