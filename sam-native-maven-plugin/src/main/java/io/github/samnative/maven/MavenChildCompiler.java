package io.github.samnative.maven;

import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.build.ProjectCompiler;
import io.github.samnative.core.process.ProcessRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Compiles the module with a child Maven, for the makefile hook: the hook's own Maven run skips
 * the lifecycle so that a cache hit costs no compile at all.
 */
final class MavenChildCompiler implements ProjectCompiler {

    private final List<String> command;
    private final Path projectDirectory;
    private final ProcessRunner runner;
    private final Consumer<String> output;

    MavenChildCompiler(Path mavenHome, Path pom, Path localRepository, Path userSettings, List<String> activeProfiles,
                       boolean offline, ProcessRunner runner, Consumer<String> output) {
        List<String> mvn = new ArrayList<>();
        mvn.add(mavenHome.resolve("bin").resolve("mvn").toString());
        mvn.add("-B");
        mvn.add("-q");
        mvn.add("-f");
        mvn.add(pom.toString());
        mvn.add("-Dmaven.repo.local=" + localRepository);
        if (userSettings != null) {
            mvn.add("-s");
            mvn.add(userSettings.toString());
        }
        if (!activeProfiles.isEmpty()) {
            mvn.add("-P");
            mvn.add(String.join(",", activeProfiles));
        }
        if (offline) {
            mvn.add("-o");
        }
        mvn.add("process-classes");
        this.command = List.copyOf(mvn);
        this.projectDirectory = pom.getParent();
        this.runner = runner;
        this.output = output;
    }

    List<String> command() {
        return command;
    }

    @Override
    public void compile() throws SamNativeException, IOException, InterruptedException {
        output.accept("Executing: " + String.join(" ", command));
        List<String> lines = new ArrayList<>();
        int status = runner.run(command, projectDirectory, Map.of(), line -> {
            lines.add(line);
            output.accept(line);
        });
        if (status != 0) {
            throw new SamNativeException("Compiling " + projectDirectory + " failed (exit status " + status
                    + "); fix the errors above, then run the build again.");
        }
    }
}
