package io.github.samnative.core.local;

import static io.github.samnative.core.local.testing.LocalProject.functionHeader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.samnative.core.local.environment.EnvVarsFile;
import io.github.samnative.core.local.testing.LocalProject;
import io.github.samnative.core.local.testing.LocalTestHandlers;
import io.github.samnative.core.local.testing.Processes;
import io.github.samnative.core.local.testing.RecordingLauncher;
import io.github.samnative.core.template.TemplateLoader;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C on a local run (SIGTERM to the JVM) ends its bootstraps through the shutdown hook. */
class ShutdownHookTest {

    @Test
    void terminatingTheJvmEndsItsBootstraps(@TempDir Path project) throws Exception {
        // The background child ignores the Runtime API: only the hook can end it.
        LocalProject.create(project, "Globals: {Function: {Timeout: 30}}\nResources:\n" + functionHeader("Echo", LocalTestHandlers.ECHO),
                Map.of("Echo", "sleep 600 &"));
        Process jvm = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LocalRun.class.getName(), project.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
            String line = output.readLine();
            assertTrue(line != null && line.startsWith("bootstrap pids "), "the local run reported: " + line);
            List<Long> pids = Arrays.stream(line.substring("bootstrap pids ".length()).split(" "))
                    .map(Long::valueOf).collect(Collectors.toList());
            assertEquals(2, pids.size(), "the bootstrap and its child: " + line);
            for (long pid : pids) {
                assertTrue(Processes.isRunning(pid), "pid " + pid + " runs while the local run does");
            }

            jvm.destroy();

            assertTrue(jvm.waitFor(60, TimeUnit.SECONDS), "the JVM ends on SIGTERM");
            for (long pid : pids) {
                assertFalse(Processes.isRunning(pid), "pid " + pid + " outlived its local run");
            }
        } finally {
            jvm.destroyForcibly();
        }
    }

    /** A local run that keeps a warm environment until it is terminated. */
    public static final class LocalRun {
        public static void main(String[] args) throws Exception {
            RecordingLauncher launcher = new RecordingLauncher();
            LocalInvoker invoker = LocalInvoker.start(TemplateLoader.load(Path.of(args[0], "template.yaml")),
                    EnvVarsFile.empty(), Map.of(),
                    LocalOptions.defaults().withLauncher(launcher).withInitLimit(Duration.ofSeconds(60)));
            invoker.invoke("Echo", "{}".getBytes(StandardCharsets.UTF_8));
            ProcessHandle bootstrap = launcher.launches().get(0).process().toHandle();
            System.out.println("bootstrap pids " + bootstrap.pid() + bootstrap.descendants()
                    .map(child -> " " + child.pid()).collect(Collectors.joining()));
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
