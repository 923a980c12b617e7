package io.github.samnative.core.build;

import io.github.samnative.core.cache.CacheLimits;
import io.github.samnative.core.image.BuildMode;
import io.github.samnative.core.image.NativeImageOptions;
import io.github.samnative.core.metadata.repository.RepositoryArchive;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How to build, as the user configured it.
 *
 * @param jdkHome        the JDK whose jlink/jdeps make the jvm-mode runtime
 * @param jvmModules     JDK modules the jvm-mode runtime links whatever jdeps finds (services and
 *                       reflection, which jdeps cannot see)
 * @param cacheDirectory where built images are kept between builds (outside any scratch copy)
 * @param metadataRepository the GraalVM reachability metadata repository for third-party libraries
 *                       in native builds; empty when turned off (and in jvm mode, which never needs it)
 */
public record BuildSettings(
        BuildMode mode,
        NativeImageOptions nativeOptions,
        Path jdkHome,
        Path cacheDirectory,
        CacheLimits cacheLimits,
        Optional<RepositoryArchive> metadataRepository,
        List<String> jvmModules) {

    public BuildSettings {
        jvmModules = List.copyOf(jvmModules);
    }

    public BuildSettings(BuildMode mode, NativeImageOptions nativeOptions, Path jdkHome, Path cacheDirectory,
                         CacheLimits cacheLimits) {
        this(mode, nativeOptions, jdkHome, cacheDirectory, cacheLimits, Optional.empty(), List.of());
    }
}
