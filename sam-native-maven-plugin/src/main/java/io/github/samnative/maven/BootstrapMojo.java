package io.github.samnative.maven;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.build.BuildInputs;
import io.github.samnative.core.build.BuildListener;
import io.github.samnative.core.build.FunctionTarget;
import io.github.samnative.core.build.ModuleFunctions;
import io.github.samnative.core.build.PlacedFunction;
import io.github.samnative.core.build.ProjectCompiler;
import io.github.samnative.core.build.SamNativeBuild;
import io.github.samnative.core.build.SummaryTable;
import io.github.samnative.core.process.ProcessRunner;
import io.github.samnative.core.process.SystemEnvironment;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
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
@Mojo(name = "bootstrap", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
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
            ProjectCompiler compiler = childCompiler(line -> out.println("  " + line));
            SamNativeBuild build = new SamNativeBuild(settings(), ProcessRunner.system(), SystemEnvironment.system(), console(out));
            PlacedFunction placed = build.buildForHook(function.trim(), functions, inputs, artifacts, compiler);
            SummaryTable.render(List.of(placed)).forEach(line -> out.println(PREFIX + line));
        } catch (SamNativeException e) {
            throw failure(e);
        }
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
