package io.github.samnative.archetype;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plays {@code sam build} for one {@code BuildMethod: makefile} function as SAM CLI does it: a fresh
 * scratch copy of the function's directory (without .aws-sam and .git), then
 * {@code make --makefile <copy>/Makefile build-<LogicalId>} in that copy, with ARTIFACTS_DIR set to
 * {@code .aws-sam/build/<LogicalId>} of the project.
 */
final class SamMakefileBuild {

    private final Path project;
    private final Path scratchRoot;
    private final Map<String, String> environment;

    SamMakefileBuild(Path project, Path scratchRoot, Map<String, String> environment) {
        this.project = project;
        this.scratchRoot = scratchRoot;
        this.environment = environment;
    }

    ChildProcess.Result build(String function) throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory(Files.createDirectories(scratchRoot), "tmp");
        GeneratedProject.copyTree(project, scratch, Set.of(".aws-sam", ".git"));
        Path artifacts = Files.createDirectories(artifactsDirectory(function));
        Map<String, String> env = new HashMap<>(environment);
        env.put("ARTIFACTS_DIR", artifacts.toString());
        env.put("PATH", ChildMaven.pathWithMaven());
        return ChildProcess.run(List.of("make", "--makefile", scratch.resolve("Makefile").toString(), "build-" + function),
                scratch, env);
    }

    Path artifactsDirectory(String function) {
        return project.resolve(".aws-sam/build").resolve(function);
    }
}
