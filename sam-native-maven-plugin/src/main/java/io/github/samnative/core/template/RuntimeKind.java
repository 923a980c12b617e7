package io.github.samnative.core.template;

import java.util.Set;

/** What a function's {@code Runtime} means for sam-native. */
enum RuntimeKind {
    /** {@code provided.al2023} or {@code provided.al2}: a custom runtime whose bootstrap sam-native builds. */
    CUSTOM,
    /** {@code provided}: the Amazon Linux 1 custom runtime, which Lambda has retired. */
    RETIRED_CUSTOM,
    /** Lambda's managed Java runtimes, which run a jar, not a bootstrap. */
    MANAGED_JAVA,
    /** Managed runtimes of other languages, whose Makefile builds are not sam-native's business. */
    MANAGED_OTHER,
    /** Anything else, usually a typo. */
    UNKNOWN;

    /** Still accepted, but worth a note: Amazon Linux 2 is being retired and has an old glibc. */
    static final String DEPRECATED_CUSTOM = "provided.al2";

    private static final Set<String> CUSTOM_RUNTIMES = Set.of("provided.al2023", "provided.al2");
    private static final Set<String> JAVA_RUNTIMES = Set.of("java8", "java8.al2", "java11", "java17", "java21", "java25");

    static RuntimeKind of(String runtime) {
        if (CUSTOM_RUNTIMES.contains(runtime)) {
            return CUSTOM;
        }
        if (runtime.equals("provided")) {
            return RETIRED_CUSTOM;
        }
        if (JAVA_RUNTIMES.contains(runtime)) {
            return MANAGED_JAVA;
        }
        if (runtime.matches("(python|nodejs|ruby|dotnet)\\d[\\w.]*|dotnetcore\\d[\\w.]*|go1\\.x")) {
            return MANAGED_OTHER;
        }
        return UNKNOWN;
    }
}
