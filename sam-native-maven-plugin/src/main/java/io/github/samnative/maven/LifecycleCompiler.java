package io.github.samnative.maven;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.build.ProjectCompiler;
import java.util.function.Consumer;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.lifecycle.MavenExecutionPlan;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Compiles the module inside the running Maven, for goals run on their own (the makefile hook, the
 * local runs): the project's own lifecycle up to {@code process-classes} (resources, compiler and
 * whatever else its POM binds there), as {@code mvn process-classes} would run it, without the
 * seconds a second Maven takes to start. Called only on a cache miss, so a hit compiles nothing.
 */
final class LifecycleCompiler implements ProjectCompiler {

    static final String PHASE = "process-classes";

    private final MavenSession session;
    private final LifecycleExecutor lifecycle;
    private final BuildPluginManager plugins;
    private final Consumer<String> output;

    LifecycleCompiler(MavenSession session, LifecycleExecutor lifecycle, BuildPluginManager plugins,
                      Consumer<String> output) {
        this.session = session;
        this.lifecycle = lifecycle;
        this.plugins = plugins;
        this.output = output;
    }

    @Override
    public void compile() throws SamNativeException {
        MavenExecutionPlan plan;
        try {
            plan = lifecycle.calculateExecutionPlan(session, PHASE);
        } catch (Exception e) {
            // Plugin resolution and POM problems: Maven's own words say what is wrong.
            throw new SamNativeException("Cannot plan the project's " + PHASE + " phase: " + e.getMessage()
                    + "\n  Fix: check that `mvn " + PHASE + "` works in " + session.getCurrentProject().getBasedir() + ".", e);
        }
        for (MojoExecution execution : plan.getMojoExecutions()) {
            output.accept("Running " + execution.getGroupId() + ":" + execution.getArtifactId() + ":"
                    + execution.getGoal() + " (" + execution.getExecutionId() + ")");
            try {
                plugins.executeMojo(session, execution);
            } catch (MojoFailureException | MojoExecutionException e) {
                throw new SamNativeException("Compiling the project failed in " + execution.getArtifactId() + ":"
                        + execution.getGoal() + ": " + e.getMessage() + "\n  Fix: the errors above, then build again.", e);
            } catch (Exception e) {
                throw new SamNativeException("Cannot run " + execution.getArtifactId() + ":" + execution.getGoal()
                        + " for the project: " + e.getMessage() + "\n  Fix: check that `mvn " + PHASE + "` works in "
                        + session.getCurrentProject().getBasedir() + ".", e);
            }
        }
    }
}
