package io.github.samnative.core.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.cache.CacheLimits;
import io.github.samnative.core.cache.CacheOutcome;
import io.github.samnative.core.image.BuildMode;
import io.github.samnative.core.image.NativeImageOptions;
import io.github.samnative.core.metadata.repository.RepositoryArchive;
import io.github.samnative.core.process.ProcessRunner;
import io.github.samnative.core.process.SystemEnvironment;
import io.github.samnative.core.template.Architecture;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hook's path through the core without Maven: two scratch copies of one project share one
 * build; a changed source builds again. jdeps and jlink are played by a recording runner.
 */
class SamNativeBuildTest {

    private static final String HANDLER_SOURCE = "package demo;\n"
            + "public class Hello implements com.amazonaws.services.lambda.runtime.RequestHandler<String, String> {\n"
            + "  public String handleRequest(String name, com.amazonaws.services.lambda.runtime.Context c) {\n"
            + "    return \"Hello, \" + name;\n  }\n}\n";

    private static final List<FunctionTarget> FUNCTIONS = List.of(
            new FunctionTarget("HelloFunction", "demo.Hello", Architecture.X86_64, "Makefile"),
            new FunctionTarget("AgainFunction", "demo.Hello", Architecture.X86_64, "Makefile"));

    @TempDir
    Path dir;

    private final List<String> tools = new ArrayList<>();
    private final AtomicInteger compiles = new AtomicInteger();

    private final ProcessRunner runner = (command, workingDirectory, environment, output) -> {
        tools.add(Path.of(command.get(0)).getFileName().toString());
        if (command.get(0).endsWith("jlink")) {
            Path runtime = Path.of(command.get(command.indexOf("--output") + 1));
            Files.createDirectories(runtime.resolve("bin"));
            Files.writeString(runtime.resolve("bin/java"), "#!/bin/sh\n");
        } else {
            output.accept("java.base");
        }
        return 0;
    };

    private SamNativeBuild build() {
        BuildSettings settings = new BuildSettings(BuildMode.JVM, NativeImageOptions.defaults(), Path.of("/jdk"),
                dir.resolve("cache"), CacheLimits.DEFAULT);
        return new SamNativeBuild(settings, runner, SystemEnvironment.of(Map.of()), new BuildListener() {
            @Override
            public void stage(String description) {}

            @Override
            public void detail(String line) {}

            @Override
            public void warning(String message) {}
        });
    }

    /** A scratch copy as SAM makes it: pom, sources, and (after the compile) classes. */
    private Path scratchCopy(String name, String source) throws Exception {
        Path project = Files.createDirectories(dir.resolve(name));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Path java = Files.createDirectories(project.resolve("src/main/java/demo")).resolve("Hello.java");
        Files.writeString(java, source);
        return project;
    }

    private ProjectCompiler compilerFor(Path project) {
        return () -> {
            compiles.incrementAndGet();
            Path classes = Files.createDirectories(project.resolve("target/classes"));
            int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-d",
                    classes.toString(), "-cp", dependencies().stream().map(Path::toString)
                            .collect(Collectors.joining(File.pathSeparator)),
                    project.resolve("src/main/java/demo/Hello.java").toString());
            assertEquals(0, status);
        };
    }

    private static List<Path> dependencies() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classpath.split(File.pathSeparator)).map(Path::of)
                .filter(p -> p.getFileName().toString().matches(
                        "(sam-native-runtime-[0-9.]+(-SNAPSHOT)?|aws-lambda-java-core-.*|jackson-.*)\\.jar"))
                .collect(Collectors.toList());
    }

    private BuildInputs inputs(Path project) {
        List<Path> dependencies = dependencies();
        List<String> coordinates = dependencies.stream().map(p -> p.getFileName().toString()).collect(Collectors.toList());
        return new BuildInputs(project, new ProjectClasspath(project.resolve("target/classes"), dependencies),
                coordinates, Map.of(), project.resolve("target/sam-native"));
    }

    @Test
    void twoScratchCopiesOfOneProjectShareOneBuild() throws Exception {
        Path first = scratchCopy("scratch-1", HANDLER_SOURCE);
        Path second = scratchCopy("scratch-2", HANDLER_SOURCE);

        PlacedFunction hello = build().buildForHook("HelloFunction", FUNCTIONS, inputs(first),
                dir.resolve("artifacts/HelloFunction"), compilerFor(first));
        PlacedFunction again = build().buildForHook("AgainFunction", FUNCTIONS, inputs(second),
                dir.resolve("artifacts/AgainFunction"), compilerFor(second));

        assertEquals(CacheOutcome.BUILT, hello.outcome());
        assertEquals(CacheOutcome.REUSED, again.outcome());
        assertEquals(1, compiles.get(), "a cache hit compiles nothing");
        assertEquals(List.of("jdeps", "jlink"), tools);
        byte[] bootstrap = Files.readAllBytes(dir.resolve("artifacts/HelloFunction/bootstrap"));
        assertArrayEquals(bootstrap, Files.readAllBytes(dir.resolve("artifacts/AgainFunction/bootstrap")));
        assertTrue(new String(bootstrap).contains("io.github.samnative.generated.SamNativeMain"));
        assertTrue(Files.isRegularFile(dir.resolve("artifacts/AgainFunction/lib/generated-classes.jar")));
    }

    @Test
    void aChangedSourceBuildsAgain() throws Exception {
        Path first = scratchCopy("scratch-1", HANDLER_SOURCE);
        Path changed = scratchCopy("scratch-2", HANDLER_SOURCE.replace("Hello, ", "Hi, "));

        build().buildForHook("HelloFunction", FUNCTIONS, inputs(first), dir.resolve("a1"), compilerFor(first));
        PlacedFunction rebuilt = build().buildForHook("HelloFunction", FUNCTIONS, inputs(changed), dir.resolve("a2"),
                compilerFor(changed));

        assertEquals(CacheOutcome.BUILT, rebuilt.outcome());
        assertEquals(2, compiles.get());
    }

    @Test
    void aFunctionOutsideTheModuleIsRefusedWithTheOnesThatExist() throws Exception {
        Path project = scratchCopy("scratch-1", HANDLER_SOURCE);
        SamNativeException e = assertThrows(SamNativeException.class, () -> build().buildForHook("OtherFunction",
                FUNCTIONS, inputs(project), dir.resolve("a"), compilerFor(project)));
        assertEquals("Function OtherFunction is not one of this module's functions (HelloFunction, AgainFunction). "
                + "Check -Dsam-native.function, or run `mvn sam-native:makefile` after adding it to template.yaml.",
                e.getMessage());
    }

    /** A zip laid out as the published reachability metadata repository, with metadata for jackson-databind. */
    private Path metadataRepositoryZip() throws Exception {
        Path zip = dir.resolve("graalvm-reachability-metadata-9.9.9-repository.zip");
        Map<String, String> files = Map.of(
                "index.json", "[{\"module\": \"com.fasterxml.jackson.core:jackson-databind\","
                        + " \"directory\": \"com.fasterxml.jackson.core/jackson-databind\"}]",
                "com.fasterxml.jackson.core/jackson-databind/index.json", "[{\"latest\": true,"
                        + " \"module\": \"com.fasterxml.jackson.core:jackson-databind\", \"metadata-version\": \"2.15.2\"}]",
                "com.fasterxml.jackson.core/jackson-databind/2.15.2/reflect-config.json", "[]");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void aNativeBuildPassesTheRepositorysMetadataForItsLibrariesToNativeImage() throws Exception {
        Path graalvm = Files.createDirectories(dir.resolve("graalvm/bin"));
        Path nativeImage = Files.writeString(graalvm.resolve("native-image"), "#!/bin/sh\n");
        nativeImage.toFile().setExecutable(true);
        List<String> nativeImageArgs = new ArrayList<>();
        ProcessRunner nativeRunner = (command, workingDirectory, environment, output) -> {
            nativeImageArgs.addAll(Files.readAllLines(Path.of(command.get(1).substring(1))));
            Path bootstrap = Path.of(nativeImageArgs.get(nativeImageArgs.indexOf("-o") + 1));
            Files.createDirectories(bootstrap.getParent());
            Files.writeString(bootstrap, "native");
            return 0;
        };
        List<String> details = new ArrayList<>();
        BuildSettings settings = new BuildSettings(BuildMode.NATIVE, NativeImageOptions.defaults(), Path.of("/jdk"),
                dir.resolve("cache"), CacheLimits.DEFAULT, Optional.of(new RepositoryArchive("9.9.9", metadataRepositoryZip())),
                List.of());
        SamNativeBuild build = new SamNativeBuild(settings, nativeRunner,
                SystemEnvironment.of(Map.of("GRAALVM_HOME", graalvm.getParent().toString())), new BuildListener() {
                    @Override
                    public void stage(String description) {}

                    @Override
                    public void detail(String line) {
                        details.add(line);
                    }

                    @Override
                    public void warning(String message) {}
                });
        Path project = scratchCopy("scratch-1", HANDLER_SOURCE);
        List<Path> dependencies = dependencies();
        List<String> coordinates = dependencies.stream().map(p -> p.getFileName().toString().startsWith("jackson-databind-")
                ? "com.fasterxml.jackson.core:jackson-databind:jar:2.99.0" : "test:" + p.getFileName() + ":jar:1")
                .collect(Collectors.toList());
        BuildInputs inputs = new BuildInputs(project, new ProjectClasspath(project.resolve("target/classes"), dependencies),
                coordinates, Map.of(), project.resolve("target/sam-native"));

        build.buildForHook("HelloFunction", FUNCTIONS, inputs, dir.resolve("artifacts/HelloFunction"), compilerFor(project));

        Path metadata = dir.resolve("cache/reachability-metadata/9.9.9/com.fasterxml.jackson.core/jackson-databind/2.15.2");
        assertTrue(nativeImageArgs.contains("-H:ConfigurationFileDirectories=" + metadata), nativeImageArgs.toString());
        assertTrue(details.contains("Using reachability metadata for com.fasterxml.jackson.core:jackson-databind:2.99.0 "
                + "(com.fasterxml.jackson.core/jackson-databind/2.15.2, latest; 2.99.0 is untested)"), details.toString());
        assertEquals("native", Files.readString(dir.resolve("artifacts/HelloFunction/bootstrap")));
    }

    @Test
    void aJvmBuildNeverOpensTheMetadataRepository() throws Exception {
        BuildSettings settings = new BuildSettings(BuildMode.JVM, NativeImageOptions.defaults(), Path.of("/jdk"),
                dir.resolve("cache"), CacheLimits.DEFAULT,
                Optional.of(new RepositoryArchive("9.9.9", dir.resolve("no-such-repository.zip"))), List.of());
        SamNativeBuild build = new SamNativeBuild(settings, runner, SystemEnvironment.of(Map.of()), new BuildListener() {
            @Override
            public void stage(String description) {}

            @Override
            public void detail(String line) {}

            @Override
            public void warning(String message) {}
        });
        Path project = scratchCopy("scratch-1", HANDLER_SOURCE);
        PlacedFunction placed = build.buildForHook("HelloFunction", FUNCTIONS, inputs(project), dir.resolve("a"),
                compilerFor(project));
        assertEquals(CacheOutcome.BUILT, placed.outcome());
        assertTrue(Files.notExists(dir.resolve("cache/reachability-metadata")));
    }
}
