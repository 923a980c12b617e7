package io.github.samnative.core.local;

import static io.github.samnative.core.local.testing.LocalProject.functionHeader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.samnative.core.SamNativeException;
import io.github.samnative.core.local.environment.EnvVarsFile;
import io.github.samnative.core.local.testing.CollectingLog;
import io.github.samnative.core.local.testing.LocalProject;
import io.github.samnative.core.local.testing.LocalTestHandlers;
import io.github.samnative.core.local.testing.RecordingLauncher;
import io.github.samnative.core.process.SystemEnvironment;
import io.github.samnative.core.template.SamTemplate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code invoke}'s core against real bootstrap processes (JVMs running {@link LocalTestHandlers}). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalInvokerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    static final String TEMPLATE = "AWSTemplateFormatVersion: '2010-09-09'\n"
            + "Transform: AWS::Serverless-2016-10-31\n"
            + "Parameters:\n"
            + "  Stage:\n"
            + "    Type: String\n"
            + "    Default: dev\n"
            + "  TableName:\n"
            + "    Type: String\n"
            + "Globals:\n"
            + "  Function:\n"
            + "    Timeout: 30\n"
            + "    MemorySize: 256\n"
            + "    Environment:\n"
            + "      Variables:\n"
            + "        SHARED: from-globals\n"
            + "        OVERRIDDEN: from-globals\n"
            + "Resources:\n"
            + functionHeader("Echo", LocalTestHandlers.ECHO)
            + functionHeader("Fail", LocalTestHandlers.FAIL)
            + functionHeader("BrokenInit", LocalTestHandlers.BROKEN_INIT)
            + functionHeader("Sleepy", LocalTestHandlers.SLEEP)
            + "      Timeout: 3\n"
            + functionHeader("Crash", LocalTestHandlers.CRASH)
            + functionHeader("Logs", LocalTestHandlers.LOG)
            + functionHeader("Unbuilt", LocalTestHandlers.ECHO)
            + functionHeader("SlowInit", LocalTestHandlers.ECHO)
            + "      Timeout: 1\n"
            + functionHeader("Env", LocalTestHandlers.ENV)
            + "      Environment:\n"
            + "        Variables:\n"
            + "          OVERRIDDEN: from-function\n"
            + "          STAGE: !Ref Stage\n"
            + "          TABLE: !Ref TableName\n"
            + "          REGION_STAGE: !Sub '${AWS::Region}-${Stage}'\n"
            + "          BUCKET: !GetAtt Bucket.Arn\n"
            + "          FROM_FILE: template-value\n"
            + "          PORT: 8080\n";

    private Path projectDir;

    private SamTemplate template;
    private final RecordingLauncher launcher = new RecordingLauncher();
    private final CollectingLog log = new CollectingLog();
    private LocalInvoker invoker;

    @BeforeAll
    void startInvoker(@TempDir Path directory) throws Exception {
        projectDir = directory;
        template = LocalProject.create(projectDir, TEMPLATE, Map.of("SlowInit", "sleep 30"));
        deleteDirectory(projectDir.resolve(".aws-sam/build/Unbuilt"));
        invoker = LocalInvoker.start(template, EnvVarsFile.empty(), Map.of(), options(launcher, log));
    }

    private static LocalOptions options(RecordingLauncher launcher, CollectingLog log) {
        return LocalOptions.defaults()
                // Room for JVM bootstraps on a busy 2-core machine; one test checks the limit itself.
                .withInitLimit(Duration.ofSeconds(60))
                .withLog(log)
                .withLauncher(launcher)
                .withRegion("eu-west-3")
                .withUserEnvironment(SystemEnvironment.of(Map.of(
                        "AWS_ACCESS_KEY_ID", "AKIDLOCAL", "AWS_SECRET_ACCESS_KEY", "secret", "HOME", "/home/someone")));
    }

    @AfterAll
    void closeInvokerAndCheckNoProcessIsLeft() {
        invoker.close();
        for (RecordingLauncher.Launch launch : launcher.launches()) {
            assertFalse(launch.process().toHandle().isAlive(), "still running after close: " + launch);
        }
    }

    @Test
    void successReturnsTheResponseAndReportsLikeLambda() throws Exception {
        InvokeResult cold = invoker.invoke("Echo", bytes("{\"hello\":\"world\"}"));
        awaitIdle("Echo");
        InvokeResult warm = invoker.invoke("Echo", bytes("{\"n\":2}"));

        assertFalse(cold.failed(), cold.payloadText());
        assertEquals(JSON.readTree("{\"hello\":\"world\"}"), JSON.readTree(cold.payload()));
        assertEquals(JSON.readTree("{\"n\":2}"), JSON.readTree(warm.payload()));
        assertTrue(Pattern.matches("REPORT RequestId: " + UUID + "\tDuration: \\d+\\.\\d\\d ms\tBilled Duration: \\d+ ms"
                + "\tMemory Size: 256 MB\tMax Memory Used: [1-9]\\d* MB\tInit Duration: \\d+\\.\\d\\d ms",
                cold.report().line()), cold.report().line());
        assertTrue(warm.report().initDurationMs().isEmpty(), "a warm invocation has no init: " + warm.report());
        assertEquals(1, invoker.environmentsStarted("Echo"));
        assertEquals(1, launcher.launches("Echo").size());
        List<String> lines = log.linesContaining(cold.requestId());
        assertEquals(List.of("[Echo] START RequestId: " + cold.requestId() + " Version: $LATEST",
                "[Echo] END RequestId: " + cold.requestId(), "[Echo] " + cold.report().line()), lines);
    }

    @Test
    void functionErrorIsAFailedResultWithTheErrorJson() throws Exception {
        InvokeResult result = invoker.invoke("Fail", bytes("{\"order\":\"42\"}"));

        assertTrue(result.failed());
        assertFalse(result.initFailed());
        assertEquals("Function.IllegalStateException", result.errorType().orElseThrow());
        JsonNode error = JSON.readTree(result.payload());
        assertEquals("the order 42 does not exist", error.path("errorMessage").asText());
        assertEquals("java.lang.IllegalStateException", error.path("errorType").asText());
        assertTrue(error.path("stackTrace").isArray());
        assertTrue(result.report().status().isEmpty(), "a handled error leaves the environment healthy");

        awaitIdle("Fail");
        invoker.invoke("Fail", bytes("{\"order\":\"43\"}"));
        assertEquals(1, invoker.environmentsStarted("Fail"), "the environment stays warm after a function error");
    }

    @Test
    void initErrorIsReportedAndTheNextInvocationStartsAfresh() throws Exception {
        InvokeResult first = invoker.invoke("BrokenInit", bytes("{}"));

        assertTrue(first.failed());
        assertTrue(first.initFailed());
        assertEquals("Runtime.HandlerInitError", first.errorType().orElseThrow());
        assertTrue(JSON.readTree(first.payload()).path("errorMessage").asText().contains("cannot reach the database at init"),
                first.payloadText());
        assertEquals("error", first.report().status().orElseThrow());
        assertTrue(first.report().initDurationMs().isPresent());

        InvokeResult second = invoker.invoke("BrokenInit", bytes("{}"));
        assertTrue(second.initFailed());
        assertEquals(2, invoker.environmentsStarted("BrokenInit"));
    }

    @Test
    void timeoutFailsLikeLambdaKillsTheProcessAndRestartsTheEnvironment() throws Exception {
        InvokeResult timedOut = invoker.invoke("Sleepy", bytes("{\"millis\":60000}"));

        assertEquals("Sandbox.Timedout", timedOut.errorType().orElseThrow());
        assertEquals("RequestId: " + timedOut.requestId() + " Error: Task timed out after 3.00 seconds",
                JSON.readTree(timedOut.payload()).path("errorMessage").asText());
        assertEquals("timeout", timedOut.report().status().orElseThrow());
        assertTrue(timedOut.report().line().endsWith("\tStatus: timeout"), timedOut.report().line());
        Process first = launcher.launches("Sleepy").get(0).process();
        assertFalse(first.isAlive(), "the timed-out environment's process is killed");

        InvokeResult next = invoker.invoke("Sleepy", bytes("{\"millis\":0}"));
        assertFalse(next.failed(), next.payloadText());
        assertEquals("\"woke up\"", next.payloadText());
        assertTrue(next.report().initDurationMs().isPresent(), "the restarted environment had a cold start");
        assertEquals(2, invoker.environmentsStarted("Sleepy"));
    }

    @Test
    void aBootstrapThatNeverAsksForAnEventTimesOutAfterTheInitLimitPlusTheTimeout() throws Exception {
        RecordingLauncher ownLauncher = new RecordingLauncher();
        CollectingLog ownLog = new CollectingLog();
        InvokeResult result;
        try (LocalInvoker strict = LocalInvoker.start(template, EnvVarsFile.empty(), Map.of(),
                options(ownLauncher, ownLog).withInitLimit(Duration.ofMillis(500)))) {
            result = strict.invoke("SlowInit", bytes("{}"));
            Process stuck = ownLauncher.launches().get(0).process();
            stuck.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertFalse(stuck.isAlive(), "the stuck bootstrap is killed");
        }

        assertEquals("Sandbox.Timedout", result.errorType().orElseThrow());
        assertEquals("RequestId: " + result.requestId() + " Error: Task timed out after 1.00 seconds",
                JSON.readTree(result.payload()).path("errorMessage").asText());
        assertTrue(result.report().initDurationMs().isPresent());
        assertEquals(1, ownLog.linesContaining("[SlowInit] sam-native: the bootstrap did not ask for an event within 1.5 s"
                + " of starting: init may take 0.5 s, then the function's Timeout.").size(), ownLog.lines().toString());
    }

    @Test
    void crashFailsWithExitErrorAndTheEnvironmentIsReplaced() throws Exception {
        InvokeResult crashed = invoker.invoke("Crash", bytes("{}"));

        assertEquals("Runtime.ExitError", crashed.errorType().orElseThrow());
        assertEquals("RequestId: " + crashed.requestId() + " Error: Runtime exited with error: exit status 3",
                JSON.readTree(crashed.payload()).path("errorMessage").asText());
        assertTrue(crashed.report().line().endsWith("\tStatus: error\tError Type: Runtime.ExitError"), crashed.report().line());

        invoker.invoke("Crash", bytes("{}"));
        assertEquals(2, invoker.environmentsStarted("Crash"));
    }

    @Test
    void theBootstrapGetsLambdasEnvironmentAndTheTemplatesVariables() throws Exception {
        InvokeResult result = invoker.invoke("Env", bytes("{}"));

        assertFalse(result.failed(), result.payloadText());
        JsonNode env = JSON.readTree(result.payload());
        Path artifact = projectDir.resolve(".aws-sam/build/Env").toAbsolutePath().normalize();
        assertEquals("Env", env.path("AWS_LAMBDA_FUNCTION_NAME").asText());
        assertEquals(LocalTestHandlers.ENV, env.path("_HANDLER").asText());
        assertEquals("$LATEST", env.path("AWS_LAMBDA_FUNCTION_VERSION").asText());
        assertEquals("256", env.path("AWS_LAMBDA_FUNCTION_MEMORY_SIZE").asText());
        assertEquals("eu-west-3", env.path("AWS_REGION").asText());
        assertEquals("eu-west-3", env.path("AWS_DEFAULT_REGION").asText());
        assertEquals("/aws/lambda/Env", env.path("AWS_LAMBDA_LOG_GROUP_NAME").asText());
        assertTrue(env.path("AWS_LAMBDA_LOG_STREAM_NAME").asText().matches("\\d{4}/\\d\\d/\\d\\d/\\[\\$LATEST][0-9a-f]{32}"),
                env.path("AWS_LAMBDA_LOG_STREAM_NAME").asText());
        assertEquals("on-demand", env.path("AWS_LAMBDA_INITIALIZATION_TYPE").asText());
        assertTrue(env.path("AWS_LAMBDA_RUNTIME_API").asText().matches("127\\.0\\.0\\.1:\\d+"));
        assertEquals(artifact.toString(), env.path("LAMBDA_TASK_ROOT").asText());
        assertEquals(artifact.toString(), env.path("LAMBDA_RUNTIME_DIR").asText());
        assertEquals(artifact.toString(), env.path("cwd").asText());
        assertEquals(":UTC", env.path("TZ").asText());
        assertEquals("en_US.UTF-8", env.path("LANG").asText());
        assertEquals("/usr/local/bin:/usr/bin/:/bin:/opt/bin", env.path("PATH").asText());
        assertEquals("AKIDLOCAL", env.path("AWS_ACCESS_KEY_ID").asText());
        assertEquals("secret", env.path("AWS_SECRET_ACCESS_KEY").asText());
        assertFalse(env.has("AWS_SESSION_TOKEN"), "only credentials the user has are passed");
        assertFalse(env.has("HOME"), "nothing else of the user's environment leaks in");

        assertEquals("from-globals", env.path("SHARED").asText());
        assertEquals("from-function", env.path("OVERRIDDEN").asText());
        assertEquals("dev", env.path("STAGE").asText());
        assertEquals("eu-west-3-dev", env.path("REGION_STAGE").asText());
        assertEquals("template-value", env.path("FROM_FILE").asText());
        assertEquals("8080", env.path("PORT").asText());
        assertFalse(env.has("TABLE"), "a parameter without Default or value is not set to an empty string");
        assertFalse(env.has("BUCKET"));
        assertEquals(1, log.linesContaining("environment variable TABLE (!Ref TableName) has no local value").size(),
                log.lines().toString());
        assertEquals(1, log.linesContaining("environment variable BUCKET (!GetAtt [Bucket, Arn]) has no local value").size(),
                log.lines().toString());
    }

    @Test
    void theEnvVarsFileSetsDeclaredVariablesAndParameters() throws Exception {
        EnvVarsFile file = EnvVarsFile.parse("{\"Env\": {\"FROM_FILE\": \"file-value\", \"UNDECLARED\": \"x\"},"
                + " \"Parameters\": {\"TableName\": \"orders\", \"SHARED\": \"shared-from-file\"}}", "env.json");
        RecordingLauncher ownLauncher = new RecordingLauncher();
        CollectingLog ownLog = new CollectingLog();
        JsonNode env;
        try (LocalInvoker withFile = LocalInvoker.start(template, file, Map.of("Stage", "prod"), options(ownLauncher, ownLog))) {
            env = JSON.readTree(withFile.invoke("Env", bytes("{}")).payload());
        }

        assertEquals("file-value", env.path("FROM_FILE").asText());
        assertEquals("orders", env.path("TABLE").asText(), "!Ref TableName takes the file's Parameters value");
        assertEquals("shared-from-file", env.path("SHARED").asText(), "Parameters applies to every function's variables");
        assertEquals("prod", env.path("STAGE").asText(), "parameter overrides win over Defaults");
        assertFalse(env.has("UNDECLARED"), "like sam local, only variables the template declares are set");
        assertEquals(1, ownLog.linesContaining("sets UNDECLARED, which the template does not declare").size(),
                ownLog.lines().toString());
        // Killed and waited for by close(); Java's reaper may take a moment to notice the exit.
        Process launched = ownLauncher.launches().get(0).process();
        launched.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertFalse(launched.isAlive(), "closing the invoker ends its processes");
    }

    @Test
    void theFunctionsOutputIsLoggedWithItsNameBetweenStartAndEnd() throws Exception {
        InvokeResult result = invoker.invoke("Logs", bytes("{}"));

        List<String> lines = log.lines();
        int start = lines.indexOf("[Logs] START RequestId: " + result.requestId() + " Version: $LATEST");
        int stdout = lines.indexOf("[Logs] hello on stdout");
        int stderr = lines.indexOf("[Logs] hello on stderr");
        int end = lines.indexOf("[Logs] END RequestId: " + result.requestId());
        assertTrue(start >= 0 && stdout > start && stderr > start && end > stdout && end > stderr, lines.toString());
        assertEquals("[Logs] " + result.report().line(), lines.get(end + 1));
    }

    @Test
    void anEventOverLambdasLimitIsRefusedWithoutStartingAnything() {
        byte[] event = new byte[6 * 1024 * 1024 + 1];
        PayloadTooLargeException refused = assertThrows(PayloadTooLargeException.class, () -> invoker.invoke("Echo", event));

        assertTrue(refused.getMessage().contains("Request must be smaller than 6291456 bytes for the InvokeFunction operation"),
                refused.getMessage());
    }

    @Test
    void unknownAndUnbuiltFunctionsGiveAMessageWithTheFix() {
        SamNativeException unknown = assertThrows(SamNativeException.class, () -> invoker.invoke("Nope", bytes("{}")));
        assertTrue(unknown.getMessage().contains("There is no function Nope to run"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("Echo, Fail"), unknown.getMessage());

        SamNativeException unbuilt = assertThrows(SamNativeException.class, () -> invoker.invoke("Unbuilt", bytes("{}")));
        assertTrue(unbuilt.getMessage().startsWith("Unbuilt (template.yaml line "), unbuilt.getMessage());
        assertTrue(unbuilt.getMessage().contains("has not been built"), unbuilt.getMessage());
        assertTrue(unbuilt.getMessage().contains("Fix: build it first"), unbuilt.getMessage());
        assertTrue(launcher.launches("Unbuilt").isEmpty());
    }

    @Test
    void anEnvironmentStartedAheadServesTheFirstRequestWarm() throws Exception {
        RecordingLauncher aheadLauncher = new RecordingLauncher();
        CollectingLog aheadLog = new CollectingLog();
        try (LocalInvoker ahead = LocalInvoker.start(template, EnvVarsFile.empty(), Map.of(), options(aheadLauncher, aheadLog))) {
            assertEquals(List.of("Echo"), ahead.startAhead(List.of("Echo"), 1, Duration.ofSeconds(60)));
            assertEquals(1, ahead.environmentsIdle("Echo"));
            assertEquals(1, aheadLog.linesContaining("[Echo] INIT_REPORT Init Duration: ").size(), aheadLog.lines().toString());
            assertTrue(Pattern.matches("\\[Echo] INIT_REPORT Init Duration: \\d+\\.\\d\\d ms\tPhase: init\tStatus: success",
                    aheadLog.linesContaining("INIT_REPORT").get(0)), aheadLog.linesContaining("INIT_REPORT").get(0));

            InvokeResult first = ahead.invoke("Echo", bytes("{\"n\":1}"));

            assertEquals(JSON.readTree("{\"n\":1}"), JSON.readTree(first.payload()));
            assertTrue(first.report().initDurationMs().isEmpty(), "its init was reported on its own: " + first.report());
            assertEquals(1, ahead.environmentsStarted("Echo"));
            assertEquals(1, aheadLauncher.launches("Echo").size());
        }
        assertFalse(aheadLauncher.launches("Echo").get(0).process().toHandle().isAlive());
    }

    @Test
    void environmentsStartedAheadStartInBatchesEachAfterThePreviousFinishedItsInit() throws Exception {
        RecordingLauncher aheadLauncher = new RecordingLauncher();
        CollectingLog aheadLog = new CollectingLog();
        try (LocalInvoker ahead = LocalInvoker.start(template, EnvVarsFile.empty(), Map.of(), options(aheadLauncher, aheadLog))) {
            assertEquals(List.of("Echo", "Logs"), ahead.startAhead(List.of("Echo", "Logs"), 1, Duration.ofSeconds(60)));

            long echoReady = aheadLog.timeOfFirstLineContaining("[Echo] INIT_REPORT");
            long logsLaunched = aheadLauncher.launches("Logs").get(0).launchedNanos();
            assertTrue(logsLaunched > echoReady,
                    "Logs started " + (echoReady - logsLaunched) / 1_000_000 + " ms before Echo's init ended");
        }
    }

    @Test
    void anEnvironmentStartedAheadThatFailsItsInitIsReportedAndTheFirstRequestStartsAfresh() throws Exception {
        RecordingLauncher aheadLauncher = new RecordingLauncher();
        CollectingLog aheadLog = new CollectingLog();
        try (LocalInvoker ahead = LocalInvoker.start(template, EnvVarsFile.empty(), Map.of(), options(aheadLauncher, aheadLog))) {
            assertEquals(List.of(), ahead.startAhead(List.of("BrokenInit"), 1, Duration.ofSeconds(60)));
            assertEquals(1, aheadLog.linesContaining("[BrokenInit] sam-native: the environment started ahead of requests"
                    + " failed its init").size(), aheadLog.lines().toString());

            InvokeResult first = ahead.invoke("BrokenInit", bytes("{}"));

            assertTrue(first.initFailed());
            assertEquals("Runtime.HandlerInitError", first.errorType().orElseThrow());
            assertEquals(2, ahead.environmentsStarted("BrokenInit"));
        }
    }

    @Test
    void anEnvironmentStartedAheadThatDoesNotFinishItsInitInTimeIsStopped() throws Exception {
        RecordingLauncher aheadLauncher = new RecordingLauncher();
        CollectingLog aheadLog = new CollectingLog();
        LocalOptions shortInit = options(aheadLauncher, aheadLog).withInitLimit(Duration.ofMillis(500));
        try (LocalInvoker ahead = LocalInvoker.start(template, EnvVarsFile.empty(), Map.of(), shortInit)) {
            long started = System.nanoTime();
            assertEquals(List.of(), ahead.startAhead(List.of("SlowInit"), 1, Duration.ofSeconds(60)));
            assertTrue(System.nanoTime() - started < Duration.ofSeconds(30).toNanos(), "the wait ends when the environment is stopped");

            assertEquals(1, aheadLog.linesContaining("[SlowInit] sam-native: the environment started ahead of requests did not"
                    + " ask for an event within the init limit of 0.5 s").size(), aheadLog.lines().toString());
            Process slow = aheadLauncher.launches("SlowInit").get(0).process();
            assertTrue(slow.waitFor(10, java.util.concurrent.TimeUnit.SECONDS), "its process is killed");
            assertEquals(0, ahead.environmentsIdle("SlowInit"));
        }
    }

    /**
     * Waits until the function's environment has asked for its next event: a call made earlier would
     * rightly get a second environment once the pool's short grace is over, which on a loaded machine
     * it can be.
     */
    private void awaitIdle(String logicalId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (invoker.environmentsIdle(logicalId) == 0) {
            assertTrue(System.nanoTime() < deadline, logicalId + "'s environment never asked for its next event");
            Thread.sleep(5);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void deleteDirectory(Path directory) throws Exception {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
