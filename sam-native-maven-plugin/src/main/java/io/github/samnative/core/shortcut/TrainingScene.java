package io.github.samnative.core.shortcut;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.PluginVersion;
import io.github.samnative.core.build.FunctionTarget;
import io.github.samnative.core.build.HostArchitecture;
import io.github.samnative.core.cache.BuildCache;
import io.github.samnative.core.cache.CacheKey;
import io.github.samnative.core.cache.CacheLocation;
import io.github.samnative.core.image.BuildMode;
import io.github.samnative.core.process.SystemEnvironment;
import io.github.samnative.core.template.Architecture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A small world in which a shortcut call succeeds, for the call that makes the class archive
 * ({@link ShortcutClassArchive}): its own cache (found through {@code XDG_CACHE_HOME}) with one
 * jvm-mode-shaped build, a module, and the record that lets the shortcut place that build. It
 * needs nothing of the project being built, so the archive can be made while that project
 * compiles, and the call takes the same path through the code as a real one.
 */
public final class TrainingScene {

    static final String FUNCTION = "TrainingFunction";

    private final Path directory;

    private TrainingScene(Path directory) {
        this.directory = directory;
    }

    /**
     * @param javaHome    the Java the training call runs on
     * @param environment the environment the training call inherits
     */
    public static TrainingScene prepare(Path directory, String javaHome, SystemEnvironment environment)
            throws SamNativeException, IOException {
        TrainingScene scene = new TrainingScene(directory);
        Path module = Files.createDirectories(scene.moduleDirectory().resolve("src/main/java/example"));
        Files.writeString(scene.moduleDirectory().resolve("pom.xml"), "<project/>\n");
        Files.writeString(module.resolve("Handler.java"), "package example; class Handler {}\n");
        // A settled dependency and settled sources, so the call compares recorded stamps and finds its
        // fingerprint remembered, as real calls mostly do.
        Path dependency = Files.createDirectories(directory.resolve("repository")).resolve("library.jar");
        Files.writeString(dependency, "library");
        FileTime anHourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        for (Path file : List.of(dependency, scene.moduleDirectory().resolve("pom.xml"), module.resolve("Handler.java"))) {
            Files.setLastModifiedTime(file, anHourAgo);
        }

        Path cacheRoot = scene.cacheRoot();
        CacheKey key = CacheKey.builder().addParameter("training", PluginVersion.CURRENT).build();
        new BuildCache(cacheRoot).getOrBuild(key, TrainingScene::writeBuild).close();
        Architecture architecture = HostArchitecture.current().orElse(Architecture.X86_64);
        ShortcutStore store = new ShortcutStore(cacheRoot);
        store.write(ShortcutConditions.observe(store.fingerprintMemo().fingerprint(scene.moduleDirectory()), key.hex(),
                BuildMode.JVM, List.of(new FunctionTarget(FUNCTION, "example.Handler", architecture, "Makefile")),
                javaHome, environment, List.of(dependency), store.fileSystemNow()));
        return scene;
    }

    /** A jvm-mode bootstrap in miniature: a launcher, a jar, and a runtime the placement links. */
    private static void writeBuild(Path output) throws IOException {
        Files.writeString(output.resolve("bootstrap"), "#!/bin/sh\nexec runtime/bin/java -jar lib/app.jar\n");
        Files.setPosixFilePermissions(output.resolve("bootstrap"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(output.resolve("lib"));
        Files.writeString(output.resolve("lib/app.jar"), "application");
        Files.createDirectories(output.resolve("runtime/bin"));
        Files.writeString(output.resolve("runtime/bin/java"), "java");
        Files.setPosixFilePermissions(output.resolve("runtime/bin/java"), PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    public Path moduleDirectory() {
        return directory.resolve("module");
    }

    public Path artifactsDirectory() {
        return directory.resolve("artifacts");
    }

    /** What the call's {@code XDG_CACHE_HOME} must be for it to find {@link #cacheRoot()}. */
    public Path xdgCacheHome() {
        return directory.resolve("xdg-cache");
    }

    Path cacheRoot() {
        return CacheLocation.resolve(null, Map.of("XDG_CACHE_HOME", xdgCacheHome().toString())::get, directory);
    }

    public String logicalId() {
        return FUNCTION;
    }
}
