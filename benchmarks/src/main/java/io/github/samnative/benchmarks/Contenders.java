package io.github.samnative.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The two runtimes, each with only its own jars and the handler's on its class path, as the
 * benchmark module's build lays them out: {@code ours/}, {@code ric/} and {@code handler/}.
 * Classes are named by string: the driver runs without the runtimes on its own class path.
 */
public final class Contenders {

    /** The official client's entry point; its one argument names the handler. */
    static final String RIC_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    static final String RIC_ARTIFACT = "aws-lambda-java-runtime-interface-client-";
    /** The handler as both runtimes are told it ({@code _HANDLER}, and the RIC's argument). */
    public static final String HANDLER = "io.github.samnative.benchmarks.handler.NoOpHandler";
    /** The generated-style bootstrap main of sam-native. */
    static final String OURS_MAIN = "io.github.samnative.benchmarks.bootstrap.BootstrapMain";

    private Contenders() {}

    /** sam-native: the runtime, its dependencies and a generated-style bootstrap. */
    public static Contender ours(Path libs) throws BenchmarkFailure {
        List<Path> classPath = jars(libs.resolve("ours"));
        classPath.addAll(jars(libs.resolve("handler")));
        return new Contender("sam-native-runtime", classPath, OURS_MAIN, List.of());
    }

    /** The official runtime interface client, named with the version found in its folder. */
    public static Contender ric(Path libs) throws BenchmarkFailure {
        List<Path> classPath = jars(libs.resolve("ric"));
        String version = classPath.stream()
                .map(jar -> jar.getFileName().toString())
                .filter(name -> name.startsWith(RIC_ARTIFACT))
                .map(name -> name.substring(RIC_ARTIFACT.length(), name.length() - ".jar".length()))
                .findFirst()
                .orElseThrow(() -> new BenchmarkFailure("no " + RIC_ARTIFACT + "*.jar in " + libs.resolve("ric")
                        + ": rebuild the benchmarks module (benchmarks/run-runtime-benchmark.sh does)"));
        classPath.addAll(jars(libs.resolve("handler")));
        return new Contender("RIC " + version, classPath, RIC_MAIN, List.of(HANDLER));
    }

    private static List<Path> jars(Path folder) throws BenchmarkFailure {
        List<Path> jars = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted().forEach(jars::add);
            } catch (IOException e) {
                throw new BenchmarkFailure("cannot list " + folder + ": " + e.getMessage());
            }
        }
        if (jars.isEmpty()) {
            throw new BenchmarkFailure("no jars in " + folder + ": build the benchmarks module first with "
                    + "`mvn -pl benchmarks -am package -DskipTests`, or run benchmarks/run-runtime-benchmark.sh");
        }
        return jars;
    }
}
