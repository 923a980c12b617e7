package io.github.samnative.core.cache;

import io.github.samnative.core.process.SystemEnvironment;
import java.nio.file.Path;

/**
 * Where the build cache lives when nobody says otherwise: {@code $XDG_CACHE_HOME/sam-native},
 * else {@code ~/.cache/sam-native}. It must be outside the project, because SAM builds each
 * function from a throw-away copy of it.
 */
public final class CacheLocation {

    static final String DIRECTORY_NAME = "sam-native";

    private CacheLocation() {}

    /**
     * @param override a directory the user configured, or null/blank for the default
     * @param environment reads an environment variable, null when unset (e.g. {@code System::getenv})
     * @param userHome the user's home directory (e.g. the {@code user.home} system property)
     */
    public static Path resolve(String override, SystemEnvironment environment, Path userHome) {
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath().normalize();
        }
        String xdgCacheHome = environment.get("XDG_CACHE_HOME");
        // The XDG spec says a relative value is invalid and must be ignored, not resolved.
        if (xdgCacheHome != null && !xdgCacheHome.isEmpty() && Path.of(xdgCacheHome).isAbsolute()) {
            return Path.of(xdgCacheHome).resolve(DIRECTORY_NAME).normalize();
        }
        return userHome.resolve(".cache").resolve(DIRECTORY_NAME).toAbsolutePath().normalize();
    }
}
