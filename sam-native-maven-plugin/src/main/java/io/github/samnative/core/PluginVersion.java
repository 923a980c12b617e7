package io.github.samnative.core;

/**
 * This sam-native's version: part of every cache key (a new sam-native may generate different code
 * from the same inputs), of hook shortcut records, and of the path Makefiles run the shortcut from.
 */
public final class PluginVersion {

    public static final String CURRENT = "0.1.0-SNAPSHOT";

    private PluginVersion() {}
}
