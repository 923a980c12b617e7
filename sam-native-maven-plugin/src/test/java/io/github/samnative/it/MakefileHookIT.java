package io.github.samnative.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The makefile hook exactly as SAM runs it: one scratch copy and one make call per function. */
class MakefileHookIT {

    private static final List<String> FOUR_FUNCTIONS = List.of("GreetFunction", "TotalFunction", "EchoFunction", "RefundFunction");

    /** The three-function fixture plus a fourth function sharing a handler, with its Makefile generated. */
    private static Path fourFunctionProject(Path work) throws Exception {
        Path project = ItMaven.copyFixture("three-functions", work.resolve("orders"));
        Path template = project.resolve("template.yaml");
        Files.writeString(template, Files.readString(template).replace("Outputs:", String.join("\n",
                "  RefundFunction:",
                "    Type: AWS::Serverless::Function",
                "    Properties:",
                "      CodeUri: .",
                "      Handler: com.example.orders.OrderTotals::total",
                "    Metadata:",
                "      BuildMethod: makefile",
                "",
                "Outputs:")));
        ItMaven.Result makefile = ItMaven.mvn(project, "sam-native:makefile");
        assertTrue(makefile.succeeded(), makefile::toString);
        return project;
    }

    private static long count(List<ItMaven.Result> results, String text) {
        return results.stream().flatMap(r -> r.output().lines()).filter(l -> l.contains(text)).count();
    }

    private static void assertIdenticalBootstraps(SamMakefileBuild sam) throws Exception {
        byte[] first = Files.readAllBytes(sam.artifactsDirectory(FOUR_FUNCTIONS.get(0)).resolve("bootstrap"));
        for (String function : FOUR_FUNCTIONS) {
            Path bootstrap = sam.artifactsDirectory(function).resolve("bootstrap");
            assertTrue(Files.isExecutable(bootstrap), function);
            assertArrayEquals(first, Files.readAllBytes(bootstrap), function);
        }
    }

    private static void assertAllSucceeded(List<ItMaven.Result> results) {
        for (ItMaven.Result result : results) {
            assertTrue(result.succeeded(), result::toString);
        }
    }

    /**
     * SAM's default: one function after another. The first call runs Maven and builds; the
     * Makefile's shortcut places that build for the other three without starting Maven, and for
     * all four on a no-op rebuild; after a source edit it declines and Maven builds again.
     */
    @Test
    void jvmModeOneAfterAnotherBuildsOnceThenPlacesWithoutMaven() throws Exception {
        Path work = ItMaven.workDirectory("hook-jvm-sequential");
        Path project = fourFunctionProject(work);
        // The cache in its default place (under XDG_CACHE_HOME), where the Makefile's shortcut looks.
        SamMakefileBuild sam = new SamMakefileBuild(project, work.resolve("scratch"), Map.of(
                "MAVEN_OPTS", "-Dsam-native.mode=jvm", "XDG_CACHE_HOME", work.resolve("xdg-cache").toString()));

        List<ItMaven.Result> first = sam.build(FOUR_FUNCTIONS, false);
        assertAllSucceeded(first);
        assertEquals(1, count(first, "Building one jvm image for 4 function(s)"), first::toString);
        assertEquals(1, count(first, "Compiling the project"), first::toString);
        assertEquals(1, count(first, " built"), first::toString);
        // Before the first Maven run has installed the shortcut, only Java's own complaint (dropped) says why.
        assertEquals(0, count(first, "starting Maven"), first::toString);
        assertEquals(3, count(first, "placed it without Maven"), first::toString);
        assertEquals(3, count(first, "reused (cache)"), first::toString);
        assertEquals(1, count(first, "prepared the Makefile shortcut's class archive"), first::toString);
        assertIdenticalBootstraps(sam);
        assertTheClassArchiveFitsTheShortcut(work.resolve("xdg-cache/sam-native/shortcut"));

        String receipt = BootstrapProbe.invoke(sam.artifactsDirectory("RefundFunction").resolve("bootstrap"),
                "com.example.orders.OrderTotals::total", Map.of("AWS_LAMBDA_FUNCTION_NAME", "RefundFunction"),
                "{\"id\":\"r-1\",\"lines\":[{\"sku\":\"a\",\"quantity\":3,\"unitCents\":100}]}");
        assertEquals("{\"orderId\":\"r-1\",\"totalCents\":300,\"function\":\"RefundFunction\"}", receipt);

        List<ItMaven.Result> noOp = sam.build(FOUR_FUNCTIONS, false);
        assertAllSucceeded(noOp);
        assertEquals(0, count(noOp, "Building one jvm image"), noOp::toString);
        assertEquals(0, count(noOp, "starting Maven"), noOp::toString);
        assertEquals(4, count(noOp, "placed it without Maven"), noOp::toString);
        assertEquals(0, count(noOp, "class archive"), noOp::toString);
        assertIdenticalBootstraps(sam);

        Path source = project.resolve("src/main/java/com/example/orders/Receipt.java");
        Files.writeString(source, Files.readString(source).replace("String function)", "String fn)"));
        List<ItMaven.Result> edited = sam.build(FOUR_FUNCTIONS, false);
        assertAllSucceeded(edited);
        assertEquals(1, count(edited, "Building one jvm image for 4 function(s)"), edited::toString);
        assertEquals(1, count(edited, "starting Maven for GreetFunction (no earlier hook build of these sources)"),
                edited::toString);
        assertEquals(3, count(edited, "placed it without Maven"), edited::toString);
        assertIdenticalBootstraps(sam);
        assertEquals("{\"orderId\":\"r-2\",\"totalCents\":100,\"fn\":\"RefundFunction\"}",
                BootstrapProbe.invoke(sam.artifactsDirectory("RefundFunction").resolve("bootstrap"),
                        "com.example.orders.OrderTotals::total", Map.of("AWS_LAMBDA_FUNCTION_NAME", "RefundFunction"),
                        "{\"id\":\"r-2\",\"lines\":[{\"sku\":\"a\",\"quantity\":1,\"unitCents\":100}]}"));
    }

    /**
     * With -Xshare:on a JVM refuses to start unless it can map the archive: so the archive the first
     * Maven run made fits this Java and the shortcut's options. Without ARTIFACTS_DIR the shortcut
     * then declines (exit 3) having started.
     */
    private static void assertTheClassArchiveFitsTheShortcut(Path shortcuts) throws Exception {
        Path launcher;
        try (var versions = Files.list(shortcuts)) {
            launcher = versions.findFirst().orElseThrow();
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:-UsePerfData", "-Xshare:on",
                "-XX:SharedArchiveFile=" + launcher.resolve("classes.jsa"), "-cp", launcher + "/*",
                "io.github.samnative.shortcut.HookShortcutMain"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("ARTIFACTS_DIR");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(3, process.waitFor(), output);
    }

    /** The compile runs inside the hook's Maven: its errors reach SAM as the compiler wrote them. */
    @Test
    void aCompileErrorFailsTheHookWithTheCompilersMessage() throws Exception {
        Path work = ItMaven.workDirectory("hook-compile-error");
        Path project = fourFunctionProject(work);
        Path source = project.resolve("src/main/java/com/example/orders/Receipt.java");
        Files.writeString(source, Files.readString(source).replace("String function)", "String function"));
        SamMakefileBuild sam = new SamMakefileBuild(project, work.resolve("scratch"), Map.of(
                "MAVEN_OPTS", "-Dsam-native.mode=jvm -Dsam-native.cacheDir=" + work.resolve("cache")));

        ItMaven.Result result = sam.build(List.of("GreetFunction"), false).get(0);

        assertFalse(result.succeeded(), result::toString);
        assertTrue(result.output().contains("Receipt.java:[3,"), result::toString);
        assertTrue(result.output().contains("Compiling the project failed in maven-compiler-plugin:compile"), result::toString);
        assertFalse(Files.exists(sam.artifactsDirectory("GreetFunction").resolve("bootstrap")));
    }

    @Test
    void jvmModeAllAtOnceBuildsOnce() throws Exception {
        Path work = ItMaven.workDirectory("hook-jvm-parallel");
        Path project = fourFunctionProject(work);
        SamMakefileBuild sam = new SamMakefileBuild(project, work.resolve("scratch"), Map.of(
                "MAVEN_OPTS", "-Dsam-native.mode=jvm -Dsam-native.cacheDir=" + work.resolve("cache")));

        List<ItMaven.Result> results = sam.build(FOUR_FUNCTIONS, true);
        assertAllSucceeded(results);
        assertEquals(1, count(results, "Building one jvm image for 4 function(s)"), results::toString);
        assertEquals(3, count(results, "reused (cache)"), results::toString);
        assertIdenticalBootstraps(sam);
    }

    /**
     * The sample's layout: template.yaml at the root with {@code CodeUri: orders/}, and the module's
     * parent POM at the root. SAM copies only {@code orders/}, so neither is in the scratch copy;
     * the parent comes from the local repository (after {@code mvn install -N} at the root).
     */
    @Test
    void worksWhenNeitherTemplateNorParentPomIsInTheScratchCopy() throws Exception {
        Path work = ItMaven.workDirectory("hook-root-template");
        Path root = Files.createDirectories(work.resolve("app"));
        Path module = ItMaven.copyFixture("three-functions", root.resolve("orders"));
        Files.move(module.resolve(".mvn"), root.resolve(".mvn"));
        Files.writeString(root.resolve("template.yaml"),
                Files.readString(module.resolve("template.yaml")).replace("CodeUri: .", "CodeUri: orders/"));
        Files.delete(module.resolve("template.yaml"));
        Files.writeString(root.resolve("pom.xml"), String.join("\n",
                "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">",
                "  <modelVersion>4.0.0</modelVersion>",
                "  <groupId>com.example</groupId>",
                "  <artifactId>app-parent</artifactId>",
                "  <version>1.0.0</version>",
                "  <packaging>pom</packaging>",
                "  <properties><maven.compiler.release>17</maven.compiler.release></properties>",
                "  <modules><module>orders</module></modules>",
                "</project>", ""));
        Path pom = module.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("<groupId>com.example</groupId>\n  <artifactId>orders</artifactId>",
                "<parent><groupId>com.example</groupId><artifactId>app-parent</artifactId><version>1.0.0</version></parent>\n"
                        + "  <artifactId>orders</artifactId>"));
        assertTrue(Files.readString(pom).contains("<parent>"), "the module has a parent POM outside its directory");
        // SAM copies orders/ alone: it must carry its own Maven settings.
        ItMaven.copyTree(root.resolve(".mvn"), module.resolve(".mvn"), java.util.Set.of());

        ItMaven.Result install = ItMaven.mvn(root, "-N", "install");
        assertTrue(install.succeeded(), install::toString);
        ItMaven.Result makefile = ItMaven.mvn(module, "sam-native:makefile");
        assertTrue(makefile.succeeded(), makefile::toString);
        assertTrue(Files.readString(module.resolve("Makefile")).contains("build-EchoFunction:"));

        List<String> functions = List.of("GreetFunction", "TotalFunction", "EchoFunction");
        SamMakefileBuild sam = new SamMakefileBuild(module, work.resolve("scratch"), Map.of(
                "MAVEN_OPTS", "-Dsam-native.mode=jvm -Dsam-native.cacheDir=" + work.resolve("cache")));
        List<ItMaven.Result> results = sam.build(functions, false);
        assertAllSucceeded(results);
        assertEquals(1, count(results, "Building one jvm image for 3 function(s)"), results::toString);
        for (String function : functions) {
            assertTrue(Files.isExecutable(sam.artifactsDirectory(function).resolve("bootstrap")), function);
        }
        assertEquals("{\"echo\":true}", BootstrapProbe.invoke(sam.artifactsDirectory("EchoFunction").resolve("bootstrap"),
                "com.example.orders.Echo", Map.of(), "{\"echo\":true}"));
    }

    @Test
    void nativeModeWithTheStandInNativeImageRunsItOnceForFourFunctions() throws Exception {
        Path work = ItMaven.workDirectory("hook-native-standin");
        Path project = fourFunctionProject(work);
        Path graalvm = Files.createDirectories(work.resolve("standin-graalvm/bin"));
        Path standIn = graalvm.resolve("native-image");
        Files.copy(Path.of(System.getProperty("samnative.fixtures")).resolve("../../test/resources/standin-native-image/native-image"),
                standIn, StandardCopyOption.REPLACE_EXISTING);
        standIn.toFile().setExecutable(true);
        Path calls = work.resolve("native-image-calls.log");
        SamMakefileBuild sam = new SamMakefileBuild(project, work.resolve("scratch"), Map.of(
                "GRAALVM_HOME", graalvm.getParent().toString(),
                "SAM_NATIVE_STANDIN_LOG", calls.toString(),
                "SAM_NATIVE_STANDIN_DELAY", "2",
                "MAVEN_OPTS", "-Dsam-native.cacheDir=" + work.resolve("cache")));

        List<ItMaven.Result> results = sam.build(FOUR_FUNCTIONS, true);
        assertAllSucceeded(results);
        List<String> recorded = Files.readAllLines(calls);
        assertEquals(1, recorded.size(), recorded::toString);
        String call = recorded.get(0);
        assertTrue(call.contains(" --no-fallback "), call);
        assertTrue(call.contains(" -march=compatibility "), call);
        assertTrue(Pattern.compile(" -H:ConfigurationFileDirectories=\\S*/reachability-metadata/\\S+/com\\.fasterxml\\.jackson\\.core/jackson-databind/")
                .matcher(call).find(), "the metadata repository's entry for jackson-databind is used: " + call);
        Matcher output = Pattern.compile(" -o (\\S+) io\\.github\\.samnative\\.generated\\.SamNativeMain metadata=").matcher(call);
        assertTrue(output.find(), call);
        assertTrue(output.group(1).endsWith("/bootstrap"), call);
        Matcher metadata = Pattern.compile("metadata=(\\S*)").matcher(call);
        assertTrue(metadata.find() && metadata.group(1).endsWith(
                "generated-classes/META-INF/native-image/io.github.samnative/generated-handlers/reachability-metadata.json"), call);
        Matcher classpath = Pattern.compile("--class-path (\\S+)").matcher(call);
        assertTrue(classpath.find(), call);
        assertTrue(classpath.group(1).contains("sam-native-runtime-" + ItMaven.version() + ".jar"), call);
        assertIdenticalBootstraps(sam);
        assertEquals(1, count(results, " built"), results::toString);
        assertEquals(3, count(results, "reused (cache)"), results::toString);
    }
}
