package io.github.samnative.core.image;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.process.ProcessRunner;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The GraalVM-free build: {@code bootstrap} is a launcher script that starts a jlink-ed Java
 * runtime (only the modules the application uses, with a CDS archive) on the project's jars.
 * It runs on {@code provided.al2023} as it is, with nothing installed there.
 */
public final class JvmImageBuilder implements ImageBuilder {

    /** Where in the bootstrap's directory the jlink-ed Java runtime goes. */
    public static final String RUNTIME_DIRECTORY = "runtime";

    /** Always linked: TLS to AWS endpoints needs EC ciphers, which jdeps cannot see (a service). */
    static final Set<String> BASE_MODULES = Set.of("java.base", "jdk.crypto.ec");

    /** Used when jdeps cannot analyse the jars: what typical Lambda applications need. */
    static final Set<String> FALLBACK_MODULES = Set.of("java.base", "java.logging", "java.naming", "java.net.http",
            "java.sql", "java.xml", "jdk.crypto.ec", "jdk.unsupported", "java.desktop", "java.management");

    private static final FileTime FIXED_TIME = FileTime.fromMillis(315_532_800_000L);

    private final Path jdkHome;
    private final Set<String> alwaysLinked;
    private final ProcessRunner runner;

    /**
     * @param jdkHome the JDK whose jlink and jdeps are used; its glibc needs become the bootstrap's
     * @param extraModules modules to link whatever jdeps finds (the user's {@code jvmModules})
     */
    public JvmImageBuilder(Path jdkHome, List<String> extraModules, ProcessRunner runner) {
        this.jdkHome = jdkHome;
        Set<String> linked = new TreeSet<>(BASE_MODULES);
        linked.addAll(extraModules);
        this.alwaysLinked = Collections.unmodifiableSet(linked);
        this.runner = runner;
    }

    @Override
    public BuildMode mode() {
        return BuildMode.JVM;
    }

    @Override
    public void build(ImageInputs inputs, Path outputDirectory, Consumer<String> progress)
            throws SamNativeException, IOException, InterruptedException {
        Path lib = Files.createDirectories(outputDirectory.resolve("lib"));
        List<String> jarNames = packageClasspath(inputs.classpath(), lib);
        progress.accept("Copied " + jarNames.size() + " jars to lib/");

        Set<String> modules = requiredModules(lib, jarNames, inputs.workDirectory(), progress);
        progress.accept("Linking a Java runtime with " + String.join(",", modules));
        link(modules, outputDirectory.resolve(RUNTIME_DIRECTORY), inputs.workDirectory(), progress);

        Path bootstrap = outputDirectory.resolve(NativeImageBuilder.BOOTSTRAP);
        Files.writeString(bootstrap, launcher(jarNames, inputs.mainClass()), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(bootstrap, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Jars are copied; class directories are packed into jars with fixed times, so output is reproducible. */
    private static List<String> packageClasspath(List<Path> classpath, Path lib) throws IOException {
        List<String> names = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Path entry : classpath) {
            if (Files.isDirectory(entry)) {
                String name = unique(entry.getFileName() + ".jar", taken);
                jarDirectory(entry, lib.resolve(name));
                names.add(name);
            } else if (Files.isRegularFile(entry)) {
                String name = unique(entry.getFileName().toString(), taken);
                Files.copy(entry, lib.resolve(name));
                names.add(name);
            }
        }
        return names;
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int i = 2; !taken.add(candidate); i++) {
            candidate = i + "-" + name;
        }
        return candidate;
    }

    static void jarDirectory(Path directory, Path jar) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
            for (Path file : files) {
                JarEntry entry = new JarEntry(directory.relativize(file).toString().replace('\\', '/'));
                entry.setLastModifiedTime(FIXED_TIME);
                jarOut.putNextEntry(entry);
                Files.copy(file, jarOut);
                jarOut.closeEntry();
            }
        }
    }

    /**
     * jdeps' summary ({@code -s}) of every jar rather than {@code --print-module-deps}: it lists
     * which jar refers to which module, so that modules only named optional by their libraries can
     * be left out ({@link RequiredModules}), and it skips the transitive walk, which took longer.
     */
    private Set<String> requiredModules(Path lib, List<String> jarNames, Path workDirectory, Consumer<String> progress)
            throws IOException, InterruptedException {
        List<Path> jars = jarNames.stream().map(lib::resolve).collect(Collectors.toList());
        List<String> command = new ArrayList<>(List.of(tool("jdeps"), "-s", "--ignore-missing-deps",
                "--multi-release", "17"));
        jars.forEach(jar -> command.add(jar.toString()));
        List<String> output = new ArrayList<>();
        Files.createDirectories(workDirectory);
        int status = runner.run(command, workDirectory, Map.of(), output::add);
        Optional<RequiredModules.Selection> selection = status == 0
                ? RequiredModules.select(output, RequiredModules.optionalRequires(jars), alwaysLinked)
                : Optional.empty();
        if (selection.isEmpty()) {
            progress.accept("jdeps could not list the modules (exit " + status + "): "
                    + String.join(" / ", output.subList(Math.max(0, output.size() - 3), output.size()))
                    + "; linking a broad default set instead.");
            Set<String> fallback = new TreeSet<>(FALLBACK_MODULES);
            fallback.addAll(alwaysLinked);
            return fallback;
        }
        selection.get().leftOut().forEach((module, libraries) -> progress.accept("Leaving out " + module
                + ": only " + String.join(", ", libraries) + " refer" + (libraries.size() == 1 ? "s" : "")
                + " to it, as optional (requires static)"));
        return selection.get().modules();
    }

    private void link(Set<String> modules, Path runtime, Path workDirectory, Consumer<String> progress)
            throws SamNativeException, IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(tool("jlink"), "--add-modules", String.join(",", modules),
                "--strip-debug", "--no-man-pages", "--no-header-files", "--generate-cds-archive",
                "--output", runtime.toString()));
        List<String> output = new ArrayList<>();
        int status = runner.run(command, workDirectory, Map.of(), output::add);
        JlinkOutput.forUser(output, modules, JlinkOutput.systemModuleOfPackage()).forEach(progress);
        if (status != 0) {
            throw new SamNativeException("jlink (" + tool("jlink") + ") failed with exit status " + status + ": "
                    + String.join("\n  ", output) + "\nUse a full JDK 17 or later (with jmods, or one that can link "
                    + "from its own run-time image); set it with -Dsam-native.jdkHome=<path>. jlink was asked for "
                    + String.join(",", modules) + "; a module it cannot find may come from sam-native.jvmModules.");
        }
        // The archive for heaps over 32 GB is never used on Lambda (10 GB at most): drop its 15 MB.
        Files.deleteIfExists(runtime.resolve("lib/server/classes_nocoops.jsa"));
    }

    private String tool(String name) {
        return jdkHome.resolve("bin").resolve(name).toString();
    }

    static String launcher(List<String> jarNames, String mainClass) {
        Set<String> classpath = new LinkedHashSet<>();
        jarNames.forEach(n -> classpath.add("$here/lib/" + n));
        return "#!/bin/sh\n"
                + "# sam-native bootstrap (jvm mode): the project's handlers on a jlink-ed Java runtime.\n"
                + "# _HANDLER (set by Lambda from the function's Handler) picks the handler.\n"
                + "# Start-up defaults like Lambda's managed Java runtime; JAVA_TOOL_OPTIONS overrides each of them.\n"
                + "here=$(dirname \"$0\")\n"
                + LauncherDefaults.shellLines()
                + "exec \"$here/runtime/bin/java\" " + LauncherDefaults.references() + " \\\n"
                + "  -cp \"" + String.join(":", classpath) + "\" \\\n"
                + "  " + mainClass + " \"$@\"\n";
    }
}
