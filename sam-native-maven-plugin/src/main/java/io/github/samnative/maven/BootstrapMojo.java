package io.github.samnative.maven;

import io.github.samnative.core.PluginVersion;
import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.build.BuildInputs;
import io.github.samnative.core.build.BuildListener;
import io.github.samnative.core.build.FunctionTarget;
import io.github.samnative.core.build.ModuleFunctions;
import io.github.samnative.core.build.PlacedFunction;
import io.github.samnative.core.build.ProjectCompiler;
import io.github.samnative.core.build.SamNativeBuild;
import io.github.samnative.core.build.SummaryTable;
import io.github.samnative.core.cache.CacheLocation;
import io.github.samnative.core.makefile.MakefileLocations;
import io.github.samnative.core.makefile.ModuleManifest;
import io.github.samnative.core.process.ProcessRunner;
import io.github.samnative.core.process.SystemEnvironment;
import io.github.samnative.core.shortcut.MavenOpts;
import io.github.samnative.core.shortcut.ProjectFingerprint;
import io.github.samnative.core.shortcut.ShortcutClassArchive;
import io.github.samnative.core.shortcut.ShortcutConditions;
import io.github.samnative.core.shortcut.ShortcutStore;
import io.github.samnative.shortcut.HookShortcutMain;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * The makefile hook {@code sam build} runs once per function:
 * {@code mvn -q -B sam-native:bootstrap -Dsam-native.function=<LogicalId>} with
 * {@code ARTIFACTS_DIR} set. Builds the project's one image at most once for identical inputs
 * (across SAM's scratch copies and parallel calls) and copies its bootstrap into ARTIFACTS_DIR.
 */
// Compile and runtime scopes: on a cache miss the project's compiler runs in this Maven and needs
// the provided-scope libraries too.
@Mojo(name = "bootstrap", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class BootstrapMojo extends AbstractSamNativeMojo {

    static final String PREFIX = "sam-native: ";

    /** The function SAM is building (its LogicalId). */
    @Parameter(property = "sam-native.function")
    protected String function;

    /** Where SAM wants the function's artifacts; by default the ARTIFACTS_DIR environment variable. */
    @Parameter(property = "sam-native.artifactsDir")
    protected String artifactsDir;

    @Override
    public void execute() throws MojoFailureException {
        // SAM runs the hook with -q and shows make's stdout: progress goes there, not to Maven's log.
        PrintStream out = System.out;
        if (function == null || function.isBlank()) {
            throw new MojoFailureException("sam-native:bootstrap needs -Dsam-native.function=<LogicalId>: it is the "
                    + "makefile hook that `sam build` runs per function. For a full build use `mvn package`.");
        }
        Path artifacts = artifactsDirectory();
        try {
            List<FunctionTarget> functions = ModuleFunctions.forHook(project.getBasedir().toPath(), template,
                    note -> out.println(PREFIX + note));
            BuildInputs inputs = inputs();
            ShortcutStore store = new ShortcutStore(
                    CacheLocation.resolve(null, System::getenv, Paths.get(System.getProperty("user.home"))));
            Optional<String> obstacle = shortcutObstacle(inputs);
            // Taken before the build: a source edited while it runs must not be recorded as built. Remembered
            // by the module's listing too, so that the shortcut's first call need not hash the module again.
            String fingerprint = obstacle.isEmpty() ? store.fingerprintMemo().fingerprint(project.getBasedir().toPath()) : null;
            if (obstacle.isEmpty()) {
                obstacle = installLauncher(store);
            }
            ShortcutClassArchive.Training training = obstacle.isEmpty() ? startClassArchive(store, out) : null;
            try {
                ProjectCompiler compiler = lifecycleCompiler(line -> out.println("  " + line));
                SamNativeBuild build = new SamNativeBuild(settings(), ProcessRunner.system(), SystemEnvironment.system(), console(out));
                PlacedFunction placed = build.buildForHook(function.trim(), functions, inputs, artifacts, compiler);
                SummaryTable.render(List.of(placed)).forEach(line -> out.println(PREFIX + line));
                if (obstacle.isEmpty() && !fingerprint.equals(ProjectFingerprint.of(project.getBasedir().toPath()))) {
                    obstacle = Optional.of("the module's files changed during the build");
                }
                if (obstacle.isPresent()) {
                    out.println(PREFIX + "the Makefile shortcut cannot reuse this build: " + obstacle.get());
                } else {
                    recordForShortcut(store, fingerprint, placed, functions, inputs, out);
                }
            } finally {
                if (training != null) {
                    reportClassArchive(training, out);
                }
            }
        } catch (SamNativeException e) {
            throw failure(e);
        }
    }

    /**
     * Lets the Makefile's shortcut place this build for the module's other functions without
     * Maven. Only when everything Maven decided from is something the shortcut can check again
     * (see {@link #shortcutObstacle}): the module's files, the recorded environment and files, and
     * a command line that sets no sam-native option (the generated recipe sets none) in the default
     * cache the Makefile points at.
     */
    private void recordForShortcut(ShortcutStore store, String fingerprint, PlacedFunction placed,
                                   List<FunctionTarget> functions, BuildInputs inputs, PrintStream out) {
        try {
            List<Path> files = new ArrayList<>(inputs.keyFiles().values());
            files.addAll(inputs.classpath().dependencies());
            // A SNAPSHOT of sam-native reinstalled under the same version must not be answered by this build.
            PluginVersion.jar().ifPresent(files::add);
            Path userSettings = Paths.get(System.getProperty("user.home"), ".m2", "settings.xml");
            for (File settingsFile : new File[] {session.getRequest().getUserSettingsFile(),
                    session.getRequest().getGlobalSettingsFile(), userSettings.toFile()}) {
                if (settingsFile != null && settingsFile.isFile() && !files.contains(settingsFile.toPath())) {
                    files.add(settingsFile.toPath());
                }
            }
            store.write(ShortcutConditions.observe(fingerprint, placed.buildKey(),
                    placed.mode(), functions, System.getProperty("java.home"), environmentAsSetByUser(), files,
                    store.fileSystemNow()));
        } catch (SamNativeException e) {
            out.println(PREFIX + "warning: the Makefile shortcut cannot reuse this build: " + e.getMessage());
        }
    }

    /** Puts the shortcut's jar in the cache; the reason the shortcut cannot be used when that fails. */
    private static Optional<String> installLauncher(ShortcutStore store) {
        try {
            store.installLauncher(List.of(launcherJar()));
            return Optional.empty();
        } catch (SamNativeException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Starts making the shortcut's class archive, which goes on while this run compiles and builds; null if it cannot. */
    private static ShortcutClassArchive.Training startClassArchive(ShortcutStore store, PrintStream out) {
        try {
            return new ShortcutClassArchive(store, ProcessRunner.system(), Clock.systemUTC())
                    .start(Paths.get(System.getProperty("java.home")), System.getProperty("java.vm.version"),
                            SystemEnvironment.system());
        } catch (IOException e) {
            out.println(PREFIX + "the Makefile shortcut's class archive cannot be made (" + e.getMessage()
                    + "); the shortcut works without it, a little slower");
            return null;
        }
    }

    private static void reportClassArchive(ShortcutClassArchive.Training training, PrintStream out) {
        try {
            ShortcutClassArchive.Outcome outcome = training.await();
            if (outcome.made()) {
                out.println(PREFIX + "prepared the Makefile shortcut's class archive (" + outcome.description() + ")");
            } else if (!outcome.equals(ShortcutClassArchive.Outcome.UP_TO_DATE)) {
                out.println(PREFIX + "the Makefile shortcut's class archive was not made: " + outcome.description());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private SystemEnvironment environmentAsSetByUser() {
        Path module = project.getBasedir().toPath();
        return name -> name.equals("MAVEN_OPTS") ? MavenOpts.asSetByUser(System.getenv(name), module) : System.getenv(name);
    }

    private Optional<String> shortcutObstacle(BuildInputs inputs) throws SamNativeException {
        if (cacheDir != null && !cacheDir.isBlank()) {
            return Optional.of("a cache directory is configured (sam-native.cacheDir)");
        }
        if (template != null && !template.isBlank()) {
            return Optional.of("a template is named (sam-native.template)");
        }
        if (ModuleManifest.read(project.getBasedir().toPath().resolve(MakefileLocations.MAKEFILE_NAME)).isEmpty()) {
            return Optional.of("the Makefile has no sam-native block (run mvn sam-native:makefile)");
        }
        for (String name : session.getUserProperties().stringPropertyNames()) {
            if (name.startsWith("sam-native.") && !name.equals("sam-native.function") && !name.equals("sam-native.artifactsDir")) {
                return Optional.of("-D" + name + " is set on the command line");
            }
        }
        if (!session.getRequest().getActiveProfiles().isEmpty() || !session.getRequest().getInactiveProfiles().isEmpty()) {
            return Optional.of("profiles are chosen on the command line");
        }
        for (Path dependency : inputs.classpath().dependencies()) {
            if (!Files.isRegularFile(dependency)) {
                return Optional.of("the dependency " + dependency + " is a directory (a reactor module)");
            }
        }
        return Optional.empty();
    }

    /** The shortcut needs this plugin's own jar only: it reads the cache without any library. */
    private static Path launcherJar() throws SamNativeException {
        Optional<Path> jar = PluginVersion.jar();
        if (jar.isEmpty()) {
            throw new SamNativeException("The hook shortcut needs the plugin's classes from a jar, but they were loaded"
                    + " from " + HookShortcutMain.class.getProtectionDomain().getCodeSource() + ".");
        }
        return jar.get();
    }

    private Path artifactsDirectory() throws MojoFailureException {
        String value = artifactsDir != null && !artifactsDir.isBlank() ? artifactsDir : SystemEnvironment.system().get("ARTIFACTS_DIR");
        if (value == null || value.isBlank()) {
            throw new MojoFailureException("ARTIFACTS_DIR is not set. sam-native:bootstrap is the makefile hook that "
                    + "`sam build` runs with ARTIFACTS_DIR set; run `sam build`, pass -Dsam-native.artifactsDir=<dir>, "
                    + "or use `mvn package` to build every function into .aws-sam/build.");
        }
        return Paths.get(value).toAbsolutePath();
    }

    private static BuildListener console(PrintStream out) {
        return new BuildListener() {
            @Override
            public void stage(String description) {
                out.println(PREFIX + description);
            }

            @Override
            public void detail(String line) {
                out.println("  " + line);
            }

            @Override
            public void warning(String message) {
                out.println(PREFIX + "warning: " + message);
            }
        };
    }
}
