package io.github.samnative.core;

import io.github.samnative.core.cache.Sha256;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * This sam-native's version: part of every cache key (a new sam-native may generate different code
 * from the same inputs), of hook shortcut records, and of the path Makefiles run the shortcut from.
 */
public final class PluginVersion {

    public static final String CURRENT = "0.1.0-SNAPSHOT";

    private PluginVersion() {}

    /**
     * The jar this sam-native's classes were loaded from (the plugin in the local Maven repository);
     * empty when they come from a directory, as in sam-native's own tests.
     */
    public static Optional<Path> jar() {
        try {
            Path location = Path.of(PluginVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** What names this sam-native's code in cache keys; see {@link #identity(String, Optional)}. */
    public static String identity() throws SamNativeException {
        return identity(CURRENT, jar());
    }

    /**
     * The version, and for a SNAPSHOT also its jar's content: a SNAPSHOT is rebuilt and installed under
     * the same version, and builds made by the code it replaced must not be taken for its own.
     */
    static String identity(String version, Optional<Path> jar) throws SamNativeException {
        if (!version.endsWith("-SNAPSHOT") || jar.isEmpty()) {
            return version;
        }
        try {
            return version + "+sha256:" + Sha256.hex(Sha256.ofFile(jar.get()));
        } catch (IOException e) {
            throw new SamNativeException("Cannot read sam-native's own jar " + jar.get() + ": " + e
                    + ". Reinstall the plugin (mvn install in the sam-native repository, or let Maven download it again).", e);
        }
    }
}
