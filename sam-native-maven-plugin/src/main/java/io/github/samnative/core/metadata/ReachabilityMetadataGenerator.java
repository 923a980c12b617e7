package io.github.samnative.core.metadata;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.handler.ResolvedHandler;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Computes the GraalVM reachability metadata that lets Jackson read every handler's event type and
 * write its result type in a native image, and writes it where native-image finds it on the
 * classpath: {@code META-INF/native-image/<groupId>/<artifactId>/reachability-metadata.json}.
 * What is walked and registered is described on {@link TypeClosure} and {@link JdkTypes}. The
 * handler classes and the generated table need nothing: they are reached by plain code.
 */
public final class ReachabilityMetadataGenerator {

    public static final String FILE_NAME = "reachability-metadata.json";

    private final Set<String> opaqueClassNames;

    public ReachabilityMetadataGenerator() {
        this(Set.of());
    }

    /**
     * @param opaqueClassNames binary names of classes Jackson reads and writes without reflection
     *     (the runtime has serializers for them), so neither they nor what they lead to are walked
     */
    public ReachabilityMetadataGenerator(Set<String> opaqueClassNames) {
        this.opaqueClassNames = Set.copyOf(opaqueClassNames);
    }

    /** The metadata for the input and output types of typed handlers; stream handlers need none. */
    public ReachabilityMetadata generate(List<ResolvedHandler> handlers) {
        List<Type> roots = new ArrayList<>();
        for (ResolvedHandler handler : handlers) {
            if (handler.inputType() != null) {
                roots.add(handler.inputType());
            }
            if (handler.outputType() != null && handler.outputType() != void.class) {
                roots.add(handler.outputType());
            }
        }
        return generateFor(roots);
    }

    /** The metadata for reading and writing values of the given types. */
    public ReachabilityMetadata generateFor(Collection<? extends Type> types) {
        TypeClosure closure = new TypeClosure(c -> opaqueClassNames.contains(c.getName()));
        for (Type type : types) {
            closure.add(type);
        }
        return closure.result();
    }

    /** {@code outputRoot/META-INF/native-image/<groupId>/<artifactId>/reachability-metadata.json}. */
    public static Path location(Path outputRoot, String groupId, String artifactId) {
        return outputRoot.resolve("META-INF").resolve("native-image").resolve(groupId).resolve(artifactId)
                .resolve(FILE_NAME);
    }

    /**
     * Writes the metadata under {@code outputRoot}, a folder that goes on native-image's classpath.
     *
     * @return the file written
     */
    public Path write(ReachabilityMetadata metadata, Path outputRoot, String groupId, String artifactId)
            throws SamNativeException {
        Path file = location(outputRoot, groupId, artifactId);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, metadata.toJson(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new SamNativeException("Could not write the reachability metadata to " + file + ": " + e.getMessage()
                    + "\n  Fix: check that this folder can be created and written to.", e);
        }
    }
}
