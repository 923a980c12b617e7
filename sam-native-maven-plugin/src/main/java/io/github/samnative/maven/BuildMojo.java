package io.github.samnative.maven;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.build.PlacedFunction;
import io.github.samnative.core.build.ProjectCompiler;
import io.github.samnative.core.build.SamNativeBuild;
import io.github.samnative.core.process.ProcessRunner;
import io.github.samnative.core.process.SystemEnvironment;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Builds one bootstrap for all of this module's functions in template.yaml and places it in
 * {@code .aws-sam/build/<LogicalId>/}, with {@code .aws-sam/build/template.yaml}, so that
 * {@code sam deploy} and {@code sam local} work without {@code sam build}.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public class BuildMojo extends AbstractSamNativeMojo {

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("sam-native: skipped (sam-native.skip)");
            return;
        }
        try {
            SamNativeBuild build = new SamNativeBuild(settings(), ProcessRunner.system(), SystemEnvironment.system(), mavenLog());
            List<PlacedFunction> placed = build.buildForPackage(loadTemplate(), inputs(), ProjectCompiler.ALREADY_COMPILED);
            logSummary(placed);
        } catch (SamNativeException e) {
            throw failure(e);
        }
    }
}
