package io.github.samnative.core.build;

import io.github.samnative.core.template.Architecture;
import java.util.Locale;
import java.util.Optional;

/** The build machine's instruction set, in Lambda's names. */
public final class HostArchitecture {

    private HostArchitecture() {}

    public static Optional<Architecture> current() {
        return of(System.getProperty("os.arch", ""));
    }

    static Optional<Architecture> of(String osArch) {
        switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64":
            case "x86_64":
                return Optional.of(Architecture.X86_64);
            case "aarch64":
            case "arm64":
                return Optional.of(Architecture.ARM64);
            default:
                return Optional.empty();
        }
    }
}
