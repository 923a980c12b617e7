package io.github.samnative.core.shortcut;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.samnative.core.PluginVersion;
import io.github.samnative.core.build.FunctionTarget;
import io.github.samnative.core.build.PlacedFunction;
import io.github.samnative.core.cache.BuildCache;
import io.github.samnative.core.cache.CacheKey;
import io.github.samnative.core.cache.CacheOutcome;
import io.github.samnative.core.cache.FileStamp;
import io.github.samnative.core.cache.Sha256;
import io.github.samnative.core.image.BuildMode;
import io.github.samnative.core.process.SystemEnvironment;
import io.github.samnative.core.template.Architecture;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hook shortcut against a real build cache and real module copies: it places the recorded
 * build for an identical copy, and declines (so that Maven runs) for every change it watches.
 */
class HookShortcutTest {

    private static final String JAVA_HOME = "/opt/jdk-17";
    private static final List<FunctionTarget> FUNCTIONS = List.of(
            new FunctionTarget("CreateFunction", "com.example.Create", Architecture.X86_64, "Makefile"),
            new FunctionTarget("GetFunction", "com.example.Get::handle", Architecture.X86_64, "Makefile"));
    private static final byte[] BOOTSTRAP = "#!/bin/sh\necho built once\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path temp;

    private Path cacheRoot;
    private Path module;
    private Path dependency;
    private Map<String, String> environment;
    private CacheKey key;

    @BeforeEach
    void buildOnceThroughTheCacheAndRecordIt() throws Exception {
        cacheRoot = temp.resolve("cache");
        module = temp.resolve("module");
        Files.createDirectories(module.resolve("src/main/java/com/example"));
        Files.writeString(module.resolve("pom.xml"), "<project/>");
        Files.writeString(module.resolve("Makefile"), "# sam-native block\n");
        Files.writeString(module.resolve("src/main/java/com/example/Create.java"), "class Create {}");
        Files.createDirectories(module.resolve("target"));
        Files.writeString(module.resolve("target/ignored.txt"), "build output does not count");
        dependency = temp.resolve("repository/lib-1.0.jar");
        Files.createDirectories(dependency.getParent());
        Files.writeString(dependency, "jar content");
        environment = new HashMap<>(Map.of("PATH", "/usr/bin", "MAVEN_OPTS", "-Dsam-native.mode=jvm"));

        key = CacheKey.builder().addParameter("test", "one build").build();
        new BuildCache(cacheRoot).getOrBuild(key, staging -> {
            Files.write(staging.resolve("bootstrap"), BOOTSTRAP);
            Files.createDirectories(staging.resolve("lib"));
            Files.writeString(staging.resolve("lib/app.jar"), "app");
        }).close();
        record();
    }

    private void record() throws Exception {
        ShortcutStore store = new ShortcutStore(cacheRoot);
        store.write(ShortcutConditions.observe(ProjectFingerprint.of(module), key.hex(),
                BuildMode.JVM, FUNCTIONS, JAVA_HOME, SystemEnvironment.of(environment), List.of(dependency),
                store.fileSystemNow()));
    }

    /** A dependency as found in a local repository: written long before the build that records it. */
    private void settleDependencyAndRecordAgain() throws Exception {
        Files.setLastModifiedTime(dependency, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        record();
        RecordedFile recorded = new ShortcutStore(cacheRoot).read(ProjectFingerprint.of(module)).orElseThrow()
                .files().get(dependency.toAbsolutePath().toString());
        assertTrue(recorded.trustedStamp().isPresent(), "a settled file keeps its stamp");
    }

    private HookShortcut.Outcome placeFromCopy(Path copy, String logicalId, Path artifacts) throws Exception {
        return new HookShortcut(cacheRoot, SystemEnvironment.of(environment), JAVA_HOME, Clock.systemUTC())
                .place(copy, logicalId, artifacts);
    }

    /** As SAM does it: a fresh copy of the module per function, at another path. */
    private Path scratchCopy(String name) throws Exception {
        Path copy = temp.resolve(name);
        try (Stream<Path> paths = Files.walk(module)) {
            for (Path path : paths.toList()) {
                Path target = copy.resolve(module.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        return copy;
    }

    @Test
    void placesTheRecordedBuildForAnIdenticalCopyOfTheModule() throws Exception {
        Path copy = scratchCopy("scratch-1");
        Files.writeString(copy.resolve("target/ignored.txt"), "build output may differ");
        Path artifacts = temp.resolve("aws-sam/build/GetFunction");

        HookShortcut.Outcome outcome = placeFromCopy(copy, "GetFunction", artifacts);

        assertTrue(outcome.placed().isPresent(), () -> "declined: " + outcome.declined());
        PlacedFunction placed = outcome.placed().get();
        assertEquals("GetFunction", placed.function().logicalId());
        assertEquals("com.example.Get::handle", placed.function().handler());
        assertEquals(BuildMode.JVM, placed.mode());
        assertEquals(CacheOutcome.REUSED, placed.outcome());
        assertEquals(key.hex(), placed.buildKey());
        assertArrayEquals(BOOTSTRAP, Files.readAllBytes(artifacts.resolve("bootstrap")));
        assertEquals("app", Files.readString(artifacts.resolve("lib/app.jar")));
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(artifacts.resolve("bootstrap"))));
        assertEquals(BOOTSTRAP.length + 3, placed.bootstrapBytes());
    }

    @Test
    void declinesWhenASourceChanged() throws Exception {
        Path copy = scratchCopy("scratch-edited");
        Files.writeString(copy.resolve("src/main/java/com/example/Create.java"), "class Create { int x; }");

        assertDeclined(copy, "GetFunction", "no earlier hook build of these sources");
    }

    @Test
    void declinesWhenASourceWasAdded() throws Exception {
        Path copy = scratchCopy("scratch-added");
        Files.writeString(copy.resolve("src/main/java/com/example/Extra.java"), "class Extra {}");

        assertDeclined(copy, "GetFunction", "no earlier hook build of these sources");
    }

    @Test
    void declinesWhenMavensConfigurationInTheModuleChanged() throws Exception {
        Path copy = scratchCopy("scratch-mvn");
        Files.createDirectories(copy.resolve(".mvn"));
        Files.writeString(copy.resolve(".mvn/maven.config"), "-Dsam-native.mode=native");

        assertDeclined(copy, "GetFunction", "no earlier hook build of these sources");
    }

    @Test
    void declinesWhenAWatchedEnvironmentVariableChanged() throws Exception {
        environment.put("MAVEN_OPTS", "-Dsam-native.mode=native");
        assertDeclined(scratchCopy("scratch-env"), "GetFunction", "the environment variable MAVEN_OPTS changed");
    }

    @Test
    void declinesWhenAWatchedEnvironmentVariableAppeared() throws Exception {
        environment.put("GRAALVM_HOME", "/opt/graalvm");
        assertDeclined(scratchCopy("scratch-graal"), "GetFunction", "the environment variable GRAALVM_HOME changed");
    }

    @Test
    void declinesWhenADependencyJarWasReplacedWithTheSameSize() throws Exception {
        Files.writeString(dependency, "jar CONTENT");
        assertDeclined(scratchCopy("scratch-dep"), "GetFunction", dependency.toAbsolutePath() + " changed");
    }

    @Test
    void aFileWrittenJustBeforeTheRecordKeepsNoStampAndIsComparedByContent() throws Exception {
        RecordedFile recorded = new ShortcutStore(cacheRoot).read(ProjectFingerprint.of(module)).orElseThrow()
                .files().get(dependency.toAbsolutePath().toString());
        assertEquals(Optional.empty(), recorded.trustedStamp());
        assertEquals(Sha256.hex(Sha256.ofFile(dependency)), recorded.sha256());
    }

    @Test
    void declinesWhenASettledDependencyJarWasRewritten() throws Exception {
        settleDependencyAndRecordAgain();
        Files.writeString(dependency, "jar CONTENT");
        assertDeclined(scratchCopy("scratch-settled-dep"), "GetFunction", dependency.toAbsolutePath() + " changed");
    }

    @Test
    void aSettledDependencyJarWithTheSameContentAndANewTimeIsStillTheSame() throws Exception {
        settleDependencyAndRecordAgain();
        Files.setLastModifiedTime(dependency, FileTime.from(Instant.now()));
        assertTrue(placeFromCopy(scratchCopy("scratch-touched"), "GetFunction", temp.resolve("touched")).placed().isPresent());
    }

    @Test
    void aSettledDependencyJarWithAnUnchangedStampIsNotReadAgain() throws Exception {
        settleDependencyAndRecordAgain();
        FileTime settled = Files.getLastModifiedTime(dependency);
        // Forged on purpose: same inode, content changed, time put back. Only the stamp is compared,
        // which is the trade made for speed; an ordinary write always moves the time.
        Files.writeString(dependency, "jar CONTENT");
        Files.setLastModifiedTime(dependency, settled);

        assertTrue(placeFromCopy(scratchCopy("scratch-forged"), "GetFunction", temp.resolve("forged")).placed().isPresent());
    }

    @Test
    void declinesWhenADependencyJarIsGone() throws Exception {
        Files.delete(dependency);
        assertDeclined(scratchCopy("scratch-gone"), "GetFunction", dependency.toAbsolutePath() + " is gone");
    }

    @Test
    void declinesForAnotherJava() throws Exception {
        Path artifacts = temp.resolve("artifacts");
        HookShortcut.Outcome outcome = new HookShortcut(cacheRoot, SystemEnvironment.of(environment), "/opt/jdk-25",
                Clock.systemUTC()).place(scratchCopy("scratch-java"), "GetFunction", artifacts);

        assertEquals("Maven ran on the Java in /opt/jdk-17, this is /opt/jdk-25", outcome.declined());
        assertFalse(Files.exists(artifacts));
    }

    @Test
    void declinesForAFunctionTheEarlierBuildDidNotHave() throws Exception {
        assertDeclined(scratchCopy("scratch-fn"), "DeleteFunction", "DeleteFunction is not one of the functions of the earlier build");
    }

    @Test
    void declinesWhenTheBuildWasEvictedOrDamaged() throws Exception {
        try (Stream<Path> entries = Files.list(cacheRoot.resolve("entries"))) {
            Path entry = entries.findFirst().orElseThrow();
            try (Stream<Path> files = Files.walk(entry)) {
                Path bootstrap = files.filter(p -> p.getFileName().toString().equals("bootstrap")).findFirst().orElseThrow();
                Files.writeString(bootstrap, "#!/bin/sh\necho edited\n");
            }
        }
        assertDeclined(scratchCopy("scratch-evicted"), "GetFunction", "the earlier build is no longer in the cache");
    }

    @Test
    void declinesARecordOfAnotherSamNativeVersion() throws Exception {
        ShortcutRecord current = new ShortcutStore(cacheRoot).read(ProjectFingerprint.of(module)).orElseThrow();
        new ShortcutStore(cacheRoot).write(new ShortcutRecord("0.0.9", current.fingerprint(), current.key(), current.mode(),
                current.functions(), current.javaHome(), current.environment(), current.files()));

        assertDeclined(scratchCopy("scratch-version"), "GetFunction", "the earlier build was made by sam-native 0.0.9");
    }

    @Test
    void declinesAnUnreadableRecord() throws Exception {
        Files.writeString(new ShortcutStore(cacheRoot).recordFile(ProjectFingerprint.of(module)), "format=9\n");
        HookShortcut.Outcome outcome = placeFromCopy(scratchCopy("scratch-bad"), "GetFunction", temp.resolve("a"));
        assertTrue(outcome.declined().startsWith("the shortcut record cannot be read ("), outcome.declined());
    }

    @Test
    void aRecordReadsBackAsWritten() throws Exception {
        ShortcutRecord record = new ShortcutRecord(PluginVersion.CURRENT, "ab12", key.hex(), BuildMode.NATIVE, FUNCTIONS,
                JAVA_HOME, Map.of("PATH", "/bin:/usr/bin", "MAVEN_OPTS", ""),
                Map.of("/r/a b.jar", new RecordedFile("00ff", new FileStamp(1_795_000_000_123_456_789L, "(dev=fe00,ino=42)")),
                        "/r/new.pom", new RecordedFile("11ee", null)));
        StringWriter text = new StringWriter();
        record.write(text);

        ShortcutRecord read = ShortcutRecord.read(new StringReader(text.toString()), "record");

        assertEquals(record.key(), read.key());
        assertEquals(record.mode(), read.mode());
        assertEquals(record.environment(), read.environment());
        assertEquals(record.files(), read.files());
        assertEquals(List.of("CreateFunction com.example.Create X86_64", "GetFunction com.example.Get::handle X86_64"),
                read.functions().stream().map(f -> f.logicalId() + " " + f.handler() + " " + f.architecture()).toList());
    }

    @Test
    void theFingerprintCountsOnlyWhatChangesMavensAnswer() throws Exception {
        String before = ProjectFingerprint.of(module);
        Files.writeString(module.resolve("README.md"), "docs do not count");
        Files.createDirectories(module.resolve("src/test/java"));
        Files.writeString(module.resolve("src/test/java/T.java"), "tests do not count");
        assertEquals(before, ProjectFingerprint.of(module));

        for (String counted : Set.of("pom.xml", "Makefile", "template.yaml", ".mvn/jvm.config", "src/main/resources/a.txt")) {
            Path file = module.resolve(counted);
            Files.createDirectories(file.getParent());
            String old = Files.exists(file) ? Files.readString(file) : null;
            Files.writeString(file, "changed " + counted);
            assertFalse(before.equals(ProjectFingerprint.of(module)), counted + " must count");
            if (old == null) {
                Files.delete(file);
            } else {
                Files.writeString(file, old);
            }
            assertEquals(before, ProjectFingerprint.of(module), "restoring " + counted);
        }
    }

    private void assertDeclined(Path copy, String logicalId, String reason) throws Exception {
        Path artifacts = temp.resolve("artifacts-" + copy.getFileName());
        HookShortcut.Outcome outcome = placeFromCopy(copy, logicalId, artifacts);
        assertEquals(reason, outcome.declined());
        assertTrue(outcome.placed().isEmpty());
        assertFalse(Files.exists(artifacts), "nothing may be placed when the shortcut declines");
    }
}
