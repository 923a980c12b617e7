package io.github.samnative.core.handler;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.samnative.core.SamNativeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedSourceCompilerTest {

    @TempDir
    Path work;

    @Test
    void compilesSourcesIntoTheOutputFolder() throws Exception {
        GeneratedSource source = new GeneratedSource("io.github.samnative.generated.Plain",
                "package io.github.samnative.generated;\npublic final class Plain {}\n");

        new GeneratedSourceCompiler().compile(List.of(source), List.of(), work.resolve("out"));

        assertTrue(Files.isRegularFile(work.resolve("out/io/github/samnative/generated/Plain.class")));
    }

    @Test
    void turnsCompilerErrorsIntoAMessageWithFileLineAndText() {
        GeneratedSource broken = new GeneratedSource("io.github.samnative.generated.Broken",
                "package io.github.samnative.generated;\n"
                        + "public final class Broken {\n"
                        + "    io.github.samnative.runtime.HandlerTable table;\n"
                        + "}\n");

        SamNativeException e = assertThrows(SamNativeException.class,
                () -> new GeneratedSourceCompiler().compile(List.of(broken), List.of(), work.resolve("out")));

        String message = e.getMessage();
        assertTrue(message.startsWith("sam-native could not compile the handler table it generated. This is a bug "
                + "in sam-native, or the classpath lacks a class the table uses"), message);
        assertTrue(message.contains("io/github/samnative/generated/Broken.java:3: error: "), message);
        assertTrue(message.contains("io.github.samnative.runtime"), message);
        assertTrue(message.contains("Fix: check that io.github.samnative:sam-native-runtime"), message);
    }

    @Test
    void failsWithWarningsWhenAskedTo() {
        GeneratedSource warns = new GeneratedSource("io.github.samnative.generated.Warns",
                "package io.github.samnative.generated;\n"
                        + "public final class Warns {\n"
                        + "    java.util.List raw;\n"
                        + "}\n");

        SamNativeException e = assertThrows(SamNativeException.class, () -> new GeneratedSourceCompiler(
                List.of("-Xlint:all", "-Werror")).compile(List.of(warns), List.of(), work.resolve("out")));

        assertTrue(e.getMessage().contains("Warns.java:3: warning: "), e.getMessage());
    }

    @Test
    void asksForAJdkWhenThereIsNoCompiler() {
        SamNativeException e = assertThrows(SamNativeException.class,
                () -> new GeneratedSourceCompiler(null, List.of()).compile(List.of(), List.of(), work));

        assertTrue(e.getMessage().contains("Maven runs on a Java runtime without one"), e.getMessage());
        assertTrue(e.getMessage().contains("Fix: run Maven with a JDK 17 or newer"), e.getMessage());
    }
}
