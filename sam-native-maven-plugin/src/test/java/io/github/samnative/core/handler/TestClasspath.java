package io.github.samnative.core.handler;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The test's own classpath: fixtures, sam-native-runtime, aws-lambda-java-core, Jackson. */
final class TestClasspath {

    private TestClasspath() {}

    static List<Path> entries() {
        // Surefire may start tests through a manifest-only jar; it keeps the real path here.
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(Path::of)
                .toList();
    }
}
