package io.github.samnative.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Plays {@code sam build} for {@code BuildMethod: makefile} functions as SAM CLI really does it:
 * a fresh scratch copy of the source per function (without .aws-sam and .git), then
 * {@code make --makefile <copy>/Makefile build-<LogicalId>} in that copy with ARTIFACTS_DIR set;
 * one after another, or all at once as with {@code sam build --parallel}.
 */
final class SamMakefileBuild {

    private final Path source;
    private final Path scratchRoot;
    private final Map<String, String> environment;

    SamMakefileBuild(Path source, Path scratchRoot, Map<String, String> environment) {
        this.source = source;
        this.scratchRoot = scratchRoot;
        this.environment = environment;
    }

    /** @return each function's make run, in the order given */
    List<ItMaven.Result> build(List<String> functions, boolean parallel) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallel ? functions.size() : 1);
        try {
            List<Future<ItMaven.Result>> runs = new ArrayList<>();
            for (String function : functions) {
                runs.add(pool.submit(() -> buildOne(function)));
            }
            List<ItMaven.Result> results = new ArrayList<>();
            for (Future<ItMaven.Result> run : runs) {
                results.add(run.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private ItMaven.Result buildOne(String function) throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory(Files.createDirectories(scratchRoot), "tmp");
        ItMaven.copyTree(source, scratch, Set.of(".aws-sam", ".git"));
        Path artifacts = Files.createDirectories(artifactsDirectory(function));
        Map<String, String> env = new HashMap<>(environment);
        env.put("ARTIFACTS_DIR", artifacts.toString());
        return ItMaven.run(List.of("make", "--makefile", scratch.resolve("Makefile").toString(), "build-" + function),
                scratch, env);
    }

    Path artifactsDirectory(String function) {
        return source.resolve(".aws-sam/build").resolve(function);
    }
}
