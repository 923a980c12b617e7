package io.github.samnative.core.image;

import java.util.List;

/**
 * Choices for a native build.
 *
 * @param march        the target CPU; {@code compatibility} by default so that a bootstrap runs on
 *                     every CPU Lambda may place it on ({@code native} is refused: it ties the binary
 *                     to the build machine)
 * @param strictMetadata adds {@code --exact-reachability-metadata}, so a type missing from the
 *                     metadata fails loudly, naming it, instead of misbehaving at run time
 * @param extraArgs    passed to native-image after sam-native's own arguments
 */
public record NativeImageOptions(String march, boolean strictMetadata, List<String> extraArgs) {

    public static final String DEFAULT_MARCH = "compatibility";

    public NativeImageOptions {
        extraArgs = List.copyOf(extraArgs);
    }

    public static NativeImageOptions defaults() {
        return new NativeImageOptions(DEFAULT_MARCH, false, List.of());
    }
}
