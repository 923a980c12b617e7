package io.github.samnative.core.shortcut;

import io.github.samnative.core.build.FunctionTarget;
import io.github.samnative.core.cache.FileStamp;
import io.github.samnative.core.image.BuildMode;
import io.github.samnative.core.template.Architecture;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a makefile-hook run through Maven built, and everything outside the module's own files
 * that Maven's answer depended on. When all of it is still the same, the next hook call for the
 * same module content may place that build without starting Maven.
 *
 * @param version     the sam-native version that wrote it; another version never trusts it
 * @param fingerprint the module's {@link ProjectFingerprint}
 * @param key         the cache key (hex) of the image Maven placed
 * @param functions   the module's functions as the hook saw them (the only ones it may place)
 * @param javaHome    the Java that ran Maven (it also makes the jvm-mode runtime)
 * @param environment the {@link #WATCHED_VARIABLES} that were set, and their values
 * @param files       build files outside the module by absolute path (parent POMs, Maven
 *                    settings, the dependency jars), as they were
 */
public record ShortcutRecord(
        String version,
        String fingerprint,
        String key,
        BuildMode mode,
        List<FunctionTarget> functions,
        String javaHome,
        Map<String, String> environment,
        Map<String, RecordedFile> files) {

    /**
     * Variables that change what Maven would do here: which Java and GraalVM run, which mvn and
     * native-image are found, and options Maven reads from the environment (the archetype's README
     * picks the build mode through MAVEN_OPTS).
     */
    public static final List<String> WATCHED_VARIABLES =
            List.of("JAVA_HOME", "GRAALVM_HOME", "PATH", "MAVEN_OPTS", "MAVEN_ARGS", "MAVEN_CONFIG");

    private static final String FORMAT = "1";

    public ShortcutRecord {
        functions = List.copyOf(functions);
        environment = Map.copyOf(environment);
        files = Map.copyOf(files);
    }

    public void write(Writer out) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("format", FORMAT);
        properties.setProperty("version", version);
        properties.setProperty("fingerprint", fingerprint);
        properties.setProperty("key", key);
        properties.setProperty("mode", mode.id());
        properties.setProperty("javaHome", javaHome);
        for (int i = 0; i < functions.size(); i++) {
            FunctionTarget f = functions.get(i);
            properties.setProperty("function." + i, f.logicalId() + " " + f.handler() + " " + f.architecture().templateName());
        }
        environment.forEach((name, value) -> properties.setProperty("env." + name, value));
        int i = 0;
        for (Map.Entry<String, RecordedFile> file : new TreeMap<>(files).entrySet()) {
            properties.setProperty("file." + i, file.getValue().sha256() + " " + file.getKey());
            if (file.getValue().stamp() != null) {
                properties.setProperty("file." + i + ".stamp", file.getValue().stamp().toText());
            }
            i++;
        }
        properties.store(out, "sam-native: a makefile-hook build that may be placed again without Maven");
    }

    /** @throws IOException when the text is not a record of this format */
    public static ShortcutRecord read(Reader in, String where) throws IOException {
        Properties properties = new Properties();
        properties.load(in);
        if (!FORMAT.equals(properties.getProperty("format"))) {
            throw new IOException(where + " has format " + properties.getProperty("format") + ", not " + FORMAT);
        }
        List<FunctionTarget> functions = new ArrayList<>();
        SortedMap<String, String> environment = new TreeMap<>();
        SortedMap<String, RecordedFile> files = new TreeMap<>();
        for (int i = 0; properties.containsKey("function." + i); i++) {
            String[] parts = properties.getProperty("function." + i).split(" ");
            if (parts.length != 3) {
                throw new IOException(where + ": function." + i + " is not '<LogicalId> <handler> <architecture>'");
            }
            Optional<Architecture> architecture = Architecture.fromTemplateName(parts[2]);
            if (architecture.isEmpty()) {
                throw new IOException(where + ": unknown architecture " + parts[2]);
            }
            functions.add(new FunctionTarget(parts[0], parts[1], architecture.get(), where));
        }
        for (int i = 0; properties.containsKey("file." + i); i++) {
            String line = properties.getProperty("file." + i);
            int space = line.indexOf(' ');
            if (space < 0) {
                throw new IOException(where + ": file." + i + " is not '<sha256> <path>'");
            }
            String stamp = properties.getProperty("file." + i + ".stamp");
            try {
                files.put(line.substring(space + 1),
                        new RecordedFile(line.substring(0, space), stamp == null ? null : FileStamp.parse(stamp)));
            } catch (IllegalArgumentException e) {
                throw new IOException(where + ": file." + i + ".stamp is not a file stamp", e);
            }
        }
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith("env.")) {
                environment.put(name.substring("env.".length()), properties.getProperty(name));
            }
        }
        // Explicit checks rather than orElseThrow(() -> ...): see ShortcutCallFootprintTest.
        Optional<BuildMode> mode = BuildMode.parse(required(properties, "mode", where));
        if (mode.isEmpty()) {
            throw new IOException(where + ": unknown mode " + properties.getProperty("mode"));
        }
        return new ShortcutRecord(required(properties, "version", where), required(properties, "fingerprint", where),
                required(properties, "key", where), mode.get(), functions, required(properties, "javaHome", where),
                environment, files);
    }

    private static String required(Properties properties, String name, String where) throws IOException {
        String value = properties.getProperty(name);
        if (value == null || value.isEmpty()) {
            throw new IOException(where + " lacks " + name);
        }
        return value;
    }
}
