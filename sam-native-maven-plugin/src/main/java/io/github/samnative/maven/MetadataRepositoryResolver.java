package io.github.samnative.maven;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.metadata.repository.RepositoryArchive;
import java.util.List;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Fetches the GraalVM reachability metadata repository, published on Maven Central as
 * {@code org.graalvm.buildtools:graalvm-reachability-metadata:<version>:zip:repository}, through
 * Maven's own resolver (so mirrors, proxies and offline mode apply).
 */
final class MetadataRepositoryResolver {

    static final String GROUP_ID = "org.graalvm.buildtools";
    static final String ARTIFACT_ID = "graalvm-reachability-metadata";

    private MetadataRepositoryResolver() {}

    static RepositoryArchive resolve(String version, RepositorySystem system, RepositorySystemSession session,
                                     List<RemoteRepository> repositories) throws SamNativeException {
        DefaultArtifact artifact = new DefaultArtifact(GROUP_ID, ARTIFACT_ID, "repository", "zip", version);
        try {
            return new RepositoryArchive(version,
                    system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, null)).getArtifact()
                            .getFile().toPath());
        } catch (ArtifactResolutionException e) {
            throw new SamNativeException("Cannot resolve the GraalVM reachability metadata repository " + artifact
                    + ": " + e.getMessage() + ". Check the network, set -Dsam-native.metadataRepositoryVersion to a "
                    + "released version (see https://repo.maven.apache.org/maven2/org/graalvm/buildtools/"
                    + "graalvm-reachability-metadata/), or turn it off with -Dsam-native.metadataRepository=false.", e);
        }
    }
}
