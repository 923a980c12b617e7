package io.github.samnative.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.samnative.benchmarks.bootstrap.BootstrapMain;
import io.github.samnative.benchmarks.bootstrap.NoOpHandlerTable;
import io.github.samnative.benchmarks.handler.NoOpHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContendersTest {

    @TempDir
    Path libs;

    @Test
    void namesTheRealClassesThoughTheDriverCannotLoadThem() {
        assertEquals(NoOpHandler.class.getName(), Contenders.HANDLER);
        assertEquals(NoOpHandlerTable.NO_OP, Contenders.HANDLER);
        assertEquals(BootstrapMain.class.getName(), Contenders.OURS_MAIN);
    }

    @Test
    void eachRuntimeGetsItsOwnJarsAndTheHandlersOnly() throws Exception {
        Path ours = touch("ours/sam-native-runtime-0.1.0.jar", "ours/jackson-core-2.20.1.jar");
        touch("ric/aws-lambda-java-runtime-interface-client-2.9.0.jar", "ric/aws-lambda-java-core-1.4.0.jar",
                "ric/notes.txt", "handler/handler.jar");

        Contender sam = Contenders.ours(libs);
        assertEquals(List.of(ours.resolve("jackson-core-2.20.1.jar"), ours.resolve("sam-native-runtime-0.1.0.jar"),
                libs.resolve("handler/handler.jar")), sam.classPath());
        assertEquals(Contenders.OURS_MAIN, sam.mainClass());
        assertEquals(List.of(), sam.arguments());

        Contender ric = Contenders.ric(libs);
        assertEquals("RIC 2.9.0", ric.name());
        assertEquals(List.of(libs.resolve("ric/aws-lambda-java-core-1.4.0.jar"),
                libs.resolve("ric/aws-lambda-java-runtime-interface-client-2.9.0.jar"),
                libs.resolve("handler/handler.jar")), ric.classPath());
        assertEquals(List.of(Contenders.HANDLER), ric.arguments());
    }

    @Test
    void anUnbuiltModuleIsReportedWithTheCommandThatBuildsIt() {
        BenchmarkFailure failure = org.junit.jupiter.api.Assertions.assertThrows(BenchmarkFailure.class,
                () -> Contenders.ours(libs));
        assertTrue(failure.getMessage().startsWith("no jars in " + libs.resolve("ours")), failure.getMessage());
        assertTrue(failure.getMessage().contains("mvn -pl benchmarks -am package -DskipTests"), failure.getMessage());
    }

    private Path touch(String... files) throws IOException {
        for (String file : files) {
            Path path = libs.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "");
        }
        return libs.resolve("ours");
    }
}
