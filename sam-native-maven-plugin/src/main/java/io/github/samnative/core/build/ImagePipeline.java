package io.github.samnative.core.build;

import io.github.samnative.core.PluginVersion;
import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.handler.FunctionHandler;
import io.github.samnative.core.handler.GeneratedSource;
import io.github.samnative.core.handler.GeneratedSourceCompiler;
import io.github.samnative.core.handler.HandlerResolver;
import io.github.samnative.core.handler.HandlerTableGenerator;
import io.github.samnative.core.handler.ResolvedHandler;
import io.github.samnative.core.image.BuildMode;
import io.github.samnative.core.image.ImageBuilder;
import io.github.samnative.core.image.ImageInputs;
import io.github.samnative.core.metadata.ReachabilityMetadata;
import io.github.samnative.core.metadata.ReachabilityMetadataGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * From compiled classes to one executable for all functions: resolve every handler, generate the
 * handler table and its main, write reachability metadata for the handlers' types, then run the
 * image builder once.
 */
final class ImagePipeline {

    static final String RUNTIME_MARKER = "io/github/samnative/runtime/HandlerTable.class";
    static final String METADATA_GROUP = "io.github.samnative";
    static final String METADATA_ARTIFACT = "generated-handlers";

    /**
     * Types sam-native-runtime reads and writes with its own explicit (de)serializers, so Jackson
     * never reflects on them: registering them (Joda alone is ~70 classes) would only grow the image.
     */
    static final Set<String> SERIALIZED_BY_THE_RUNTIME = Set.of(
            "org.joda.time.DateTime",
            "com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue");

    private final ImageBuilder builder;
    private final Consumer<String> progress;
    private final List<Path> metadataDirectories;

    ImagePipeline(ImageBuilder builder, Consumer<String> progress) {
        this(builder, progress, List.of());
    }

    /** @param metadataDirectories third-party libraries' metadata from the repository, for native builds */
    ImagePipeline(ImageBuilder builder, Consumer<String> progress, List<Path> metadataDirectories) {
        this.builder = builder;
        this.progress = progress;
        this.metadataDirectories = List.copyOf(metadataDirectories);
    }

    void build(List<FunctionTarget> functions, ProjectClasspath project, Path workDirectory, Path outputDirectory)
            throws SamNativeException, IOException, InterruptedException {
        List<Path> classpath = new ArrayList<>();
        classpath.add(project.classesDirectory());
        classpath.addAll(project.dependencies());
        Path generatedSources = workDirectory.resolve("generated-sources");
        Path generatedClasses = workDirectory.resolve("generated-classes");

        try (URLClassLoader classes = new URLClassLoader(urls(classpath), ClassLoader.getPlatformClassLoader())) {
            if (classes.findResource(RUNTIME_MARKER) == null) {
                throw new SamNativeException("io.github.samnative:sam-native-runtime is not among the project's runtime "
                        + "dependencies, so there is no event loop to put into the bootstrap. Add it to pom.xml:\n"
                        + "  <dependency><groupId>io.github.samnative</groupId><artifactId>sam-native-runtime</artifactId>"
                        + "<version>" + PluginVersion.CURRENT + "</version></dependency>");
            }
            progress.accept("Resolving " + functions.size() + " handler(s)");
            List<FunctionHandler> handlers = new ArrayList<>();
            for (FunctionTarget function : functions) {
                handlers.add(new FunctionHandler(function.logicalId(), function.handler()));
            }
            List<ResolvedHandler> resolved = new HandlerResolver(classes, List.of(project.classesDirectory())).resolve(handlers);

            progress.accept("Generating the handler table (" + HandlerTableGenerator.TABLE_CLASS + ")");
            List<GeneratedSource> sources = new HandlerTableGenerator().generate(resolved);
            for (GeneratedSource source : sources) {
                source.writeTo(generatedSources);
            }
            new GeneratedSourceCompiler().compile(sources, classpath, generatedClasses);

            if (builder.mode() == BuildMode.NATIVE) {
                ReachabilityMetadataGenerator generator = new ReachabilityMetadataGenerator(SERIALIZED_BY_THE_RUNTIME);
                ReachabilityMetadata metadata = generator.generate(resolved);
                Path written = generator.write(metadata, generatedClasses, METADATA_GROUP, METADATA_ARTIFACT);
                progress.accept("Registered " + metadata.reflection().size() + " types for reflection in " + written);
                metadata.warnings().forEach(w -> progress.accept("warning: " + w));
            }
        }

        List<Path> imageClasspath = new ArrayList<>();
        imageClasspath.add(project.classesDirectory());
        imageClasspath.add(generatedClasses);
        imageClasspath.addAll(project.dependencies());
        builder.build(new ImageInputs(imageClasspath, HandlerTableGenerator.MAIN_CLASS, workDirectory,
                        builder.mode() == BuildMode.NATIVE ? metadataDirectories : List.of()),
                outputDirectory, progress);
    }

    private static URL[] urls(List<Path> classpath) {
        return classpath.stream().map(path -> {
            try {
                return path.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(e);
            }
        }).toArray(URL[]::new);
    }
}
