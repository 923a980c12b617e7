package io.github.samnative.core.build;

import io.github.samnative.core.cache.CacheLimits;
import io.github.samnative.core.image.BuildMode;
import io.github.samnative.core.image.NativeImageOptions;
import java.nio.file.Path;

/**
 * How to build, as the user configured it.
 *
 * @param jdkHome        the JDK whose jlink/jdeps make the jvm-mode runtime
 * @param cacheDirectory where built images are kept between builds (outside any scratch copy)
 */
public record BuildSettings(
        BuildMode mode,
        NativeImageOptions nativeOptions,
        Path jdkHome,
        Path cacheDirectory,
        CacheLimits cacheLimits) {

    /** Part of every cache key: a new sam-native may generate different code from the same inputs. */
    public static final String PLUGIN_VERSION = "0.1.0-SNAPSHOT";
}
