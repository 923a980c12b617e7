package io.github.samnative.maven;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.makefile.MakefileGenerator;
import io.github.samnative.core.makefile.MakefileGenerator.MakefileChange;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes or updates the Makefile(s) SAM runs: one {@code build-<LogicalId>} target per function
 * calling the makefile hook, and the manifest of the project's functions the hook reads. Text
 * outside sam-native's block is kept as it is.
 */
@Mojo(name = "makefile", threadSafe = true)
public class MakefileMojo extends AbstractSamNativeMojo {

    @Override
    public void execute() throws MojoFailureException {
        try {
            for (MakefileChange change : MakefileGenerator.writeAll(loadTemplate().functions())) {
                getLog().info(change.makefile() + ": " + change.status().name().toLowerCase(java.util.Locale.ROOT)
                        + " (" + String.join(", ", change.targets()) + ")");
            }
        } catch (SamNativeException e) {
            throw failure(e);
        }
    }
}
