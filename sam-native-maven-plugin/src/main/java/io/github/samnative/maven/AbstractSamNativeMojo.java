package io.github.samnative.maven;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.build.BuildInputs;
import io.github.samnative.core.build.BuildListener;
import io.github.samnative.core.build.BuildSettings;
import io.github.samnative.core.build.PlacedFunction;
import io.github.samnative.core.build.ProjectClasspath;
import io.github.samnative.core.build.ProjectCompiler;
import io.github.samnative.core.build.SummaryTable;
import io.github.samnative.core.cache.CacheLimits;
import io.github.samnative.core.cache.CacheLocation;
import io.github.samnative.core.image.BuildMode;
import io.github.samnative.core.image.NativeImageOptions;
import io.github.samnative.core.metadata.repository.RepositoryArchive;
import io.github.samnative.core.template.SamTemplate;
import io.github.samnative.core.template.TemplateLoader;
import io.github.samnative.core.template.TemplateLocator;
import java.io.File;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

/** Translates Maven parameters into the core's settings; the core does the work. */
abstract class AbstractSamNativeMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** {@code native} (GraalVM native-image) or {@code jvm} (jlink-ed Java runtime, no GraalVM needed). */
    @Parameter(property = "sam-native.mode", defaultValue = "native")
    protected String mode;

    /** The SAM template; by default template.yaml (.yml, .json) here or in the nearest parent directory. */
    @Parameter(property = "sam-native.template")
    protected String template;

    /** native-image's target CPU; {@code compatibility} runs everywhere Lambda runs. Never {@code native}. */
    @Parameter(property = "sam-native.march", defaultValue = NativeImageOptions.DEFAULT_MARCH)
    protected String march;

    /** Adds {@code --exact-reachability-metadata}: a type missing from the metadata fails the image build. */
    @Parameter(property = "sam-native.strict", defaultValue = "false")
    protected boolean strict;

    /** Extra native-image arguments, after sam-native's own. */
    @Parameter(property = "sam-native.buildArgs")
    protected List<String> buildArgs = new ArrayList<>();

    /**
     * JDK modules the jvm-mode runtime links besides those jdeps finds, e.g. {@code java.naming} or
     * {@code java.sql} for a library that reaches them only through services or reflection.
     */
    @Parameter(property = "sam-native.jvmModules")
    protected List<String> jvmModules = new ArrayList<>();

    /** The JDK whose jlink makes the jvm-mode runtime; by default the one running Maven. */
    @Parameter(property = "sam-native.jdkHome")
    protected String jdkHome;

    /** Where built images are kept; by default $XDG_CACHE_HOME/sam-native or ~/.cache/sam-native. */
    @Parameter(property = "sam-native.cacheDir")
    protected String cacheDir;

    /** How many built images the cache keeps before evicting the least recently used. */
    @Parameter(property = "sam-native.cacheMaxEntries", defaultValue = "10")
    protected int cacheMaxEntries;

    @Parameter(property = "sam-native.skip", defaultValue = "false")
    protected boolean skip;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /**
     * Use the GraalVM reachability metadata repository for third-party libraries in native builds,
     * as GraalVM's native-maven-plugin does. Never fetched in jvm mode.
     */
    @Parameter(property = "sam-native.metadataRepository", defaultValue = "true")
    protected boolean metadataRepository;

    /** The release of {@code org.graalvm.buildtools:graalvm-reachability-metadata} to use. */
    @Parameter(property = "sam-native.metadataRepositoryVersion", defaultValue = DEFAULT_METADATA_REPOSITORY_VERSION)
    protected String metadataRepositoryVersion;

    @Component
    protected RepositorySystem repositorySystem;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true)
    protected RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true)
    protected List<RemoteRepository> remoteRepositories;

    static final String DEFAULT_METADATA_REPOSITORY_VERSION = "0.11.5";

    @Component
    protected LifecycleExecutor lifecycleExecutor;

    @Component
    protected BuildPluginManager buildPluginManager;

    /** Compiles this module in this Maven, only when a build is needed (see {@link LifecycleCompiler}). */
    protected ProjectCompiler lifecycleCompiler(Consumer<String> output) {
        return new LifecycleCompiler(session, lifecycleExecutor, buildPluginManager, output);
    }

    protected BuildSettings settings() throws MojoFailureException {
        BuildMode buildMode = BuildMode.parse(mode).orElseThrow(() -> new MojoFailureException(
                "sam-native.mode is '" + mode + "'; use native (GraalVM native-image) or jvm (no GraalVM needed)."));
        Path jdk = Paths.get(jdkHome == null || jdkHome.isBlank() ? System.getProperty("java.home") : jdkHome);
        Path cache = CacheLocation.resolve(cacheDir, System::getenv, Paths.get(System.getProperty("user.home")));
        Optional<RepositoryArchive> repository = Optional.empty();
        if (buildMode == BuildMode.NATIVE && metadataRepository) {
            try {
                repository = Optional.of(MetadataRepositoryResolver.resolve(metadataRepositoryVersion, repositorySystem,
                        repositorySession, remoteRepositories));
            } catch (SamNativeException e) {
                throw failure(e);
            }
        }
        return new BuildSettings(buildMode, new NativeImageOptions(march, strict, buildArgs == null ? List.of() : buildArgs),
                jdk, cache, new CacheLimits(cacheMaxEntries, CacheLimits.DEFAULT.maxBytes()), repository,
                jvmModules == null ? List.of() : jvmModules);
    }

    protected SamTemplate loadTemplate() throws SamNativeException {
        return TemplateLoader.load(TemplateLocator.locate(project.getBasedir().toPath(), template));
    }

    protected BuildInputs inputs() {
        List<Path> dependencies = new ArrayList<>();
        List<String> coordinates = new ArrayList<>();
        for (Artifact artifact : project.getArtifacts()) {
            if (artifact.getFile() != null && artifact.getArtifactHandler().isAddedToClasspath()
                    && !Artifact.SCOPE_TEST.equals(artifact.getScope()) && !Artifact.SCOPE_PROVIDED.equals(artifact.getScope())) {
                dependencies.add(artifact.getFile().toPath());
                coordinates.add(artifact.getId());
            }
        }
        Map<String, Path> keyFiles = new LinkedHashMap<>();
        for (MavenProject parent = project.getParent(); parent != null; parent = parent.getParent()) {
            File file = parent.getFile();
            if (file != null && file.isFile()) {
                keyFiles.put("parent " + parent.getId(), file.toPath());
            }
        }
        Path target = Paths.get(project.getBuild().getDirectory());
        return new BuildInputs(project.getBasedir().toPath(),
                new ProjectClasspath(Paths.get(project.getBuild().getOutputDirectory()), dependencies),
                coordinates, keyFiles, target.resolve("sam-native"));
    }

    protected BuildListener mavenLog() {
        return new BuildListener() {
            @Override
            public void stage(String description) {
                getLog().info(description);
            }

            @Override
            public void detail(String line) {
                getLog().info("  " + line);
            }

            @Override
            public void warning(String message) {
                getLog().warn(message);
            }
        };
    }

    protected void logSummary(List<PlacedFunction> placed) {
        SummaryTable.render(placed).forEach(getLog()::info);
    }

    /** A user mistake: Maven shows the message without a stack trace. */
    protected static MojoFailureException failure(SamNativeException e) {
        return new MojoFailureException(e.getMessage(), e);
    }
}
