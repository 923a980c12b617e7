package io.github.samnative.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** {@code mvn package} in jvm mode on a three-function project, with real Maven and real bootstraps. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JvmPackageIT {

    private static final List<String> FUNCTIONS = List.of("GreetFunction", "TotalFunction", "EchoFunction");

    private Path work;

    private Path project;
    private ItMaven.Result firstBuild;

    @BeforeAll
    void buildOnce() throws Exception {
        work = ItMaven.workDirectory("jvm-package");
        project = ItMaven.copyFixture("three-functions", work.resolve("orders"));
        ItMaven.Result makefile = ItMaven.mvn(project, "sam-native:makefile");
        assertTrue(makefile.succeeded(), makefile::toString);
        firstBuild = ItMaven.mvn(project, "-Dsam-native.mode=jvm", "-Dsam-native.cacheDir=" + work.resolve("cache"), "package");
        assertTrue(firstBuild.succeeded(), firstBuild::toString);
    }

    private Path bootstrap(String function) {
        return project.resolve(".aws-sam/build").resolve(function).resolve("bootstrap");
    }

    @Test
    @Order(1)
    void placesOneIdenticalBootstrapPerFunctionAndPrintsTheSummary() throws Exception {
        byte[] first = Files.readAllBytes(bootstrap("GreetFunction"));
        for (String function : FUNCTIONS) {
            assertTrue(Files.isExecutable(bootstrap(function)), function);
            assertArrayEquals(first, Files.readAllBytes(bootstrap(function)), function);
            assertTrue(Files.isExecutable(bootstrap(function).resolveSibling("runtime/bin/java")), function);
            assertTrue(firstBuild.output().lines().anyMatch(l -> l.contains(function) && l.contains(" jvm ")
                    && l.contains("x86_64") && l.contains("built")), firstBuild::output);
        }
        assertTrue(firstBuild.output().contains("Building one jvm image for 3 function(s)"), firstBuild::output);
        assertEquals(1, firstBuild.output().lines().filter(l -> l.contains("Building one jvm image")).count());
    }

    @Test
    @Order(1)
    void linksOnlyTheJdkModulesThatAreNotOptionalForTheirLibraries() throws Exception {
        // jackson-databind refers to java.desktop, java.sql and java.xml but declares them
        // `requires static`; nothing else of the project refers to them. The handlers still run (next test).
        String release = Files.readString(bootstrap("GreetFunction").resolveSibling("runtime/release"));
        String modules = release.lines().filter(l -> l.startsWith("MODULES=")).findFirst().orElseThrow();
        assertEquals("MODULES=\"java.base jdk.crypto.ec\"", modules, release);
        assertTrue(firstBuild.output().contains("Leaving out java.desktop: only com.fasterxml.jackson.databind refers to it,"
                + " as optional (requires static)"), firstBuild::output);
    }

    @Test
    @Order(2)
    void everyBootstrapRunsItsOwnHandler() throws Exception {
        String greeting = BootstrapProbe.invoke(bootstrap("GreetFunction"), "com.example.orders.GreetHandler",
                Map.of("GREETING", "Hello"),
                "{\"version\":\"2.0\",\"rawPath\":\"/hello\",\"queryStringParameters\":{\"name\":\"Ada\"}}");
        JsonNode response = new ObjectMapper().readTree(greeting);
        assertEquals(200, response.get("statusCode").asInt());
        assertEquals("Hello, Ada!", response.get("body").asText());
        assertEquals("text/plain", response.get("headers").get("Content-Type").asText());

        String receipt = BootstrapProbe.invoke(bootstrap("TotalFunction"), "com.example.orders.OrderTotals::total",
                Map.of("AWS_LAMBDA_FUNCTION_NAME", "TotalFunction"),
                "{\"id\":\"o-7\",\"lines\":[{\"sku\":\"a\",\"quantity\":2,\"unitCents\":250},{\"sku\":\"b\",\"quantity\":1,\"unitCents\":99}]}");
        assertEquals("{\"orderId\":\"o-7\",\"totalCents\":599,\"function\":\"TotalFunction\"}", receipt);

        String echo = BootstrapProbe.invoke(bootstrap("EchoFunction"), "com.example.orders.Echo", Map.of(),
                "{\"any\":[\"json\",1]}");
        assertEquals("{\"any\":[\"json\",1]}", echo);
    }

    @Test
    @Order(3)
    void writesTheBuiltTemplateWithCodeUriPointingAtEachArtifactDirectory() throws Exception {
        Path built = project.resolve(".aws-sam/build/template.yaml");
        Map<String, Object> template = new Yaml(new SafeConstructor(new LoaderOptions())).load(
                Files.readString(built).replace("!GetAtt", ""));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Map<String, Object>>> resources = (Map<String, Map<String, Map<String, Object>>>) template.get("Resources");
        for (String function : FUNCTIONS) {
            assertEquals(function, resources.get(function).get("Properties").get("CodeUri"));
        }
        assertTrue(Files.readString(built).contains("!GetAtt"), "short-form tags survive");
    }

    @Test
    @Order(3)
    void theBuiltTemplatePassesCfnLint() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(onPath("cfn-lint"), "cfn-lint is not installed: skipped");
        ItMaven.Result lint = ItMaven.run(List.of("cfn-lint", ".aws-sam/build/template.yaml"), project, Map.of());
        assertEquals(0, lint.exitCode(), lint::toString);
    }

    static boolean onPath(String tool) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    @Test
    @Order(4)
    void aRebuildWithUnchangedSourcesReusesTheImage() throws Exception {
        ItMaven.Result again = ItMaven.mvn(project, "-Dsam-native.mode=jvm", "-Dsam-native.cacheDir=" + work.resolve("cache"), "package");
        assertTrue(again.succeeded(), again::toString);
        assertEquals(0, again.output().lines().filter(l -> l.contains("Building one jvm image")).count(), again::output);
        assertEquals(3, again.output().lines().filter(l -> l.contains("reused (cache)")).count(), again::output);
    }
}
