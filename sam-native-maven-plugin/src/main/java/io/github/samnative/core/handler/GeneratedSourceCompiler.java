package io.github.samnative.core.handler;

import io.github.samnative.core.SamNativeException;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles sam-native's generated sources in-process with the JDK's compiler, for Java 17, against
 * the user's classpath. Annotation processing is off: processors on the user's classpath (Lombok,
 * for instance) have nothing to do with generated code and must not run on it.
 */
public final class GeneratedSourceCompiler {

    private static final List<String> BASE_OPTIONS = List.of("--release", "17", "-proc:none", "-encoding", "UTF-8");

    private final JavaCompiler compiler;
    private final List<String> extraOptions;

    /** Uses the compiler of the running JDK. */
    public GeneratedSourceCompiler() {
        this(ToolProvider.getSystemJavaCompiler(), List.of());
    }

    /** Adds compiler options, such as {@code -Xlint:all -Werror} to prove generated code clean. */
    public GeneratedSourceCompiler(List<String> extraOptions) {
        this(ToolProvider.getSystemJavaCompiler(), extraOptions);
    }

    GeneratedSourceCompiler(JavaCompiler compiler, List<String> extraOptions) {
        this.compiler = compiler;
        this.extraOptions = List.copyOf(extraOptions);
    }

    /**
     * @param sources the generated compilation units
     * @param classpath the user's compiled classes, their dependencies and sam-native-runtime
     * @param outputDirectory where the class files go; created when missing
     * @throws SamNativeException when no compiler is available or the sources do not compile
     */
    public void compile(List<GeneratedSource> sources, List<Path> classpath, Path outputDirectory)
            throws SamNativeException {
        if (compiler == null) {
            throw new SamNativeException("sam-native needs a Java compiler to compile its generated handler table, "
                    + "but Maven runs on a Java runtime without one (" + System.getProperty("java.home") + ").\n"
                    + "  Fix: run Maven with a JDK 17 or newer (set JAVA_HOME to a JDK, not a JRE).");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        boolean compiled;
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            Files.createDirectories(outputDirectory);
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, classpath);
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(outputDirectory));
            List<String> options = new ArrayList<>(BASE_OPTIONS);
            options.addAll(extraOptions);
            List<JavaFileObject> units = sources.stream().map(InMemorySource::new).map(JavaFileObject.class::cast)
                    .toList();
            compiled = compiler.getTask(output, files, diagnostics, options, null, units).call();
        } catch (IOException e) {
            throw new SamNativeException("sam-native could not prepare the compilation of its generated handler "
                    + "table into " + outputDirectory + ": " + e.getMessage() + "\n"
                    + "  Fix: check that this folder can be created and written to.", e);
        }
        if (!compiled) {
            throw new SamNativeException(failure(diagnostics, output.toString()));
        }
    }

    private static String failure(DiagnosticCollector<JavaFileObject> diagnostics, String output) {
        StringBuilder text = new StringBuilder("sam-native could not compile the handler table it generated. "
                + "This is a bug in sam-native, or the classpath lacks a class the table uses "
                + "(sam-native-runtime, aws-lambda-java-core, or one of the handler classes). The compiler said:");
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            text.append("\n  ");
            if (diagnostic.getSource() != null) {
                text.append(diagnostic.getSource().getName()).append(':').append(diagnostic.getLineNumber())
                        .append(": ");
            }
            text.append(diagnostic.getKind().name().toLowerCase(Locale.ROOT)).append(": ")
                    .append(diagnostic.getMessage(Locale.ROOT));
        }
        if (!output.isBlank()) {
            text.append("\n  ").append(output.strip());
        }
        text.append("\n  Fix: check that io.github.samnative:sam-native-runtime and the handler classes are on the "
                + "project's classpath; if they are, please report this as a sam-native bug with the message above.");
        return text.toString();
    }

    /** A compilation unit read from memory, so generated code need not be written out first. */
    private static final class InMemorySource extends SimpleJavaFileObject {
        private final String content;

        InMemorySource(GeneratedSource source) {
            super(URI.create("string:///" + source.relativePath()), Kind.SOURCE);
            this.content = source.content();
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return content;
        }
    }
}
