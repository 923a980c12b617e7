package io.github.samnative.core.build;

import io.github.samnative.core.FileTrees;
import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.cache.BuildCache;
import io.github.samnative.core.cache.CacheEntry;
import io.github.samnative.core.cache.CacheKey;
import io.github.samnative.core.cache.CacheListener;
import io.github.samnative.core.cache.Placement;
import io.github.samnative.core.image.BuildMode;
import io.github.samnative.core.image.ImageBuilder;
import io.github.samnative.core.image.JvmImageBuilder;
import io.github.samnative.core.image.NativeImageBuilder;
import io.github.samnative.core.image.NativeImageLocator;
import io.github.samnative.core.makefile.MakefileCheck;
import io.github.samnative.core.metadata.repository.Coordinates;
import io.github.samnative.core.metadata.repository.MetadataRepository;
import io.github.samnative.core.metadata.repository.Selected;
import io.github.samnative.core.makefile.MakefileLocations;
import io.github.samnative.core.process.ProcessRunner;
import io.github.samnative.core.process.SystemEnvironment;
import io.github.samnative.core.template.Architecture;
import io.github.samnative.core.template.BuiltTemplateWriter;
import io.github.samnative.core.template.SamTemplate;
import io.github.samnative.core.template.ServerlessFunction;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The two ways a project is built, over one path: template or Makefile manifest → functions →
 * cache key → (on a miss) compile, handler table, one image → placement in artifact directories.
 */
public final class SamNativeBuild {

    /** Under the cache root, beside the cache's own directories: extracted repositories, one per version. */
    static final String METADATA_REPOSITORY_DIRECTORY = "reachability-metadata";

    private final BuildSettings settings;
    private final ProcessRunner runner;
    private final SystemEnvironment environment;
    private final BuildListener listener;

    public SamNativeBuild(BuildSettings settings, ProcessRunner runner, SystemEnvironment environment,
                          BuildListener listener) {
        this.settings = settings;
        this.runner = runner;
        this.environment = environment;
        this.listener = listener;
    }

    /**
     * {@code mvn package} (and the local runs, which build first when needed): builds every function
     * of the template whose code is this module and writes {@code .aws-sam/build/<LogicalId>/bootstrap}
     * and {@code .aws-sam/build/template.yaml} beside the template, as {@code sam build} would. An
     * artifact directory that already holds this very build is left as it is.
     *
     * @param compiler runs only when the cache has no image for these inputs
     */
    public List<PlacedFunction> buildForPackage(SamTemplate template, BuildInputs inputs, ProjectCompiler compiler)
            throws SamNativeException {
        List<ServerlessFunction> mine = functionsOfModule(template, inputs.projectDirectory());
        MakefileCheck.verify(template.functions());
        List<FunctionTarget> targets = mine.stream()
                .map(f -> new FunctionTarget(f.logicalId(), f.handler(), f.architecture(), f.location().describeShort()))
                .collect(Collectors.toList());

        Path buildDirectory = template.directory().resolve(".aws-sam").resolve("build");
        List<PlacedFunction> placed = new ArrayList<>();
        try (CacheEntry entry = buildOnce(targets, inputs, compiler)) {
            listener.stage("Placing the bootstrap for " + targets.size() + " function(s) in " + buildDirectory);
            PlacementRecord record = new PlacementRecord(inputs.workDirectory().resolve("placed"));
            for (FunctionTarget target : targets) {
                Path artifactDirectory = buildDirectory.resolve(target.logicalId());
                if (record.holds(artifactDirectory, entry.key())) {
                    placed.add(new PlacedFunction(target, settings.mode(), artifactDirectory, sizeOf(artifactDirectory),
                            entry.elapsed(), entry.outcome(), entry.key().hex()));
                    continue;
                }
                // Ours alone (SAM wipes .aws-sam/build too): no file of an earlier build may ship.
                deleteTree(artifactDirectory);
                placed.add(place(entry, target, artifactDirectory));
                record.remember(artifactDirectory, entry.key());
            }
        }
        List<String> built = new ArrayList<>();
        for (ServerlessFunction function : template.functions()) {
            if (Files.isRegularFile(buildDirectory.resolve(function.logicalId()).resolve("bootstrap"))) {
                built.add(function.logicalId());
            }
        }
        Path builtTemplate = BuiltTemplateWriter.write(template.file(), built, buildDirectory);
        listener.stage("Wrote " + builtTemplate + " (CodeUri of " + String.join(", ", built) + " rewritten)");
        return placed;
    }

    /**
     * The makefile hook: SAM asks for one function, from a scratch copy of the module. Builds (at
     * most once for identical inputs, across concurrent calls) and copies its bootstrap into
     * {@code artifactsDirectory}.
     *
     * @param functions the module's functions: from its Makefile's manifest, or the template
     */
    public PlacedFunction buildForHook(String logicalId, List<FunctionTarget> functions, BuildInputs inputs,
                                       Path artifactsDirectory, ProjectCompiler compiler) throws SamNativeException {
        FunctionTarget target = functions.stream().filter(f -> f.logicalId().equals(logicalId)).findFirst()
                .orElseThrow(() -> new SamNativeException("Function " + logicalId + " is not one of this module's "
                        + "functions (" + functions.stream().map(FunctionTarget::logicalId).collect(Collectors.joining(", "))
                        + "). Check -Dsam-native.function, or run `mvn sam-native:makefile` after adding it to template.yaml."));
        try (CacheEntry entry = buildOnce(functions, inputs, compiler)) {
            return place(entry, target, artifactsDirectory);
        }
    }

    private CacheEntry buildOnce(List<FunctionTarget> targets, BuildInputs inputs, ProjectCompiler compiler)
            throws SamNativeException {
        checkArchitecture(targets);
        Path tool = settings.mode() == BuildMode.NATIVE
                ? new NativeImageLocator(environment).locate()
                : settings.jdkHome().resolve("bin").resolve("jlink");
        ImageBuilder builder = settings.mode() == BuildMode.NATIVE
                ? new NativeImageBuilder(tool, settings.nativeOptions(), runner)
                : new JvmImageBuilder(settings.jdkHome(), settings.jvmModules(), runner);
        List<Selected> metadata = settings.mode() == BuildMode.NATIVE ? repositoryMetadata(inputs) : List.of();
        // A new GraalVM or JDK means a new build.
        CacheKey key = BuildKeys.of(inputs, targets, settings, tool.toString(), metadata);
        BuildCache cache = new BuildCache(settings.cacheDirectory(), settings.cacheLimits(), cacheListener(), java.time.Clock.systemUTC());
        listener.stage("Build inputs " + key.hex().substring(0, 12) + " for " + targets.size() + " function(s): "
                + targets.stream().map(FunctionTarget::logicalId).collect(Collectors.joining(", ")));
        return cache.getOrBuild(key, staging -> {
            try {
                listener.stage("Compiling the project");
                compiler.compile();
                listener.stage("Building one " + settings.mode().id() + " image for "
                        + targets.size() + " function(s) with " + tool);
                new ImagePipeline(builder, listener::detail,
                        metadata.stream().map(Selected::directory).collect(Collectors.toList()))
                        .build(targets, inputs.classpath(), inputs.workDirectory(), staging);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SamNativeException("The build was interrupted.", e);
            }
        });
    }

    /** The repository's metadata for the project's libraries, one progress line each. */
    private List<Selected> repositoryMetadata(BuildInputs inputs) throws SamNativeException {
        if (settings.metadataRepository().isEmpty()) {
            return List.of();
        }
        MetadataRepository repository = settings.metadataRepository().get()
                .open(settings.cacheDirectory().resolve(METADATA_REPOSITORY_DIRECTORY));
        List<Coordinates> dependencies = new ArrayList<>();
        for (String coordinates : inputs.dependencyCoordinates()) {
            dependencies.add(Coordinates.parse(coordinates));
        }
        List<Selected> selected = repository.select(dependencies);
        selected.forEach(s -> listener.detail(s.describe()));
        return selected;
    }

    private PlacedFunction place(CacheEntry entry, FunctionTarget target, Path artifactDirectory) throws SamNativeException {
        Placement.copy(entry, artifactDirectory, settings.mode()::isSharedFile);
        return new PlacedFunction(target, settings.mode(), artifactDirectory, sizeOf(artifactDirectory),
                entry.elapsed(), entry.outcome(), entry.key().hex());
    }

    private void checkArchitecture(List<FunctionTarget> targets) throws SamNativeException {
        Optional<Architecture> host = HostArchitecture.current();
        for (FunctionTarget target : targets) {
            if (host.isPresent() && target.architecture() != host.get()) {
                String what = settings.mode() == BuildMode.NATIVE
                        ? "native-image cannot cross-compile"
                        : "the jlink-ed Java runtime in a jvm-mode bootstrap is built for this machine's CPU";
                throw new SamNativeException("Function " + target.logicalId() + " (" + target.declaredAt()
                        + ") has Architectures: [" + target.architecture().templateName() + "], but this machine is "
                        + host.get().templateName() + " and " + what + ". Build on an "
                        + target.architecture().templateName() + " machine or in an " + target.architecture().templateName()
                        + " container (e.g. sam build --use-container with a GraalVM build image), or set Architectures: ["
                        + host.get().templateName() + "].");
            }
        }
    }

    static List<ServerlessFunction> functionsOfModule(SamTemplate template, Path projectDirectory) throws SamNativeException {
        Path module = canonical(projectDirectory);
        List<ServerlessFunction> mine = new ArrayList<>();
        for (ServerlessFunction function : template.functions()) {
            if (canonical(MakefileLocations.makefileOf(function).getParent()).equals(module)) {
                mine.add(function);
            }
        }
        if (mine.isEmpty()) {
            throw new SamNativeException("No function of " + template.file() + " is built from this module ("
                    + projectDirectory + "). Functions and their code directories: "
                    + template.functions().stream().map(f -> f.logicalId() + " → " + f.makefileDirectory())
                    .collect(Collectors.joining(", ")) + ". Point a function's CodeUri at this module, or run the "
                    + "build in the module its CodeUri names.");
        }
        return mine;
    }

    private static Path canonical(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private CacheListener cacheListener() {
        return new CacheListener() {
            @Override
            public void waitingForLock(CacheKey key, Path lockFile) {
                listener.stage("Waiting for another build of the same inputs to finish (" + lockFile + ")");
            }

            @Override
            public void corruptEntryDiscarded(CacheKey key, String reason) {
                listener.warning("Discarded a damaged cache entry (" + reason + "); rebuilding.");
            }

            @Override
            public void entryEvicted(String keyHex, long bytes) {
                listener.detail("Evicted cache entry " + keyHex.substring(0, 12) + " (" + SummaryTable.size(bytes) + ")");
            }
        };
    }

    private static void deleteTree(Path directory) throws SamNativeException {
        try {
            FileTrees.delete(directory);
        } catch (IOException e) {
            throw new SamNativeException("Cannot clear " + directory + " before placing the new bootstrap: "
                    + e.getMessage() + ". Delete it by hand and build again.", e);
        }
    }

    /**
     * The bytes under an artifact directory: what Lambda unpacks. A visitor rather than a stream
     * pipeline: the Makefile shortcut's short-lived JVM would link each lambda of one.
     */
    public static long sizeOf(Path directory) throws SamNativeException {
        long[] bytes = {0};
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        bytes[0] += attributes.size();
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            return bytes[0];
        } catch (IOException e) {
            throw new SamNativeException("Cannot read " + directory + ": " + e.getMessage(), e);
        }
    }
}
