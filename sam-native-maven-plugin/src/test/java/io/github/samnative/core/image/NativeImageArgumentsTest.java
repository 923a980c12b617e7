package io.github.samnative.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.samnative.core.SamNativeException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NativeImageArgumentsTest {

    private final ImageInputs inputs = new ImageInputs(
            List.of(Path.of("/p/target/classes"), Path.of("/p/target/sam-native/generated-classes"), Path.of("/m2/rt.jar")),
            "io.github.samnative.generated.SamNativeMain", Path.of("/p/target/sam-native"));

    @Test
    void buildsTheArgumentListInAFixedOrder() throws Exception {
        List<String> args = NativeImageArguments.of(inputs, Path.of("/out/bootstrap"), NativeImageOptions.defaults());
        assertEquals(List.of(
                "--class-path", "/p/target/classes:/p/target/sam-native/generated-classes:/m2/rt.jar",
                "--no-fallback",
                "-march=compatibility",
                "-H:+ReportExceptionStackTraces",
                "-o", "/out/bootstrap",
                "io.github.samnative.generated.SamNativeMain"), args);
    }

    @Test
    void strictModeAndExtraArgumentsComeBeforeTheOutput() throws Exception {
        List<String> args = NativeImageArguments.of(inputs, Path.of("/out/bootstrap"),
                new NativeImageOptions("x86-64-v3", true, List.of("-Os", "--verbose")));
        assertEquals(List.of("-march=x86-64-v3", "-H:+ReportExceptionStackTraces", "--exact-reachability-metadata",
                "-Os", "--verbose", "-o"), args.subList(3, 9));
    }

    @Test
    void repositoryMetadataDirectoriesGoInOneCommaSeparatedOptionBeforeTheUsersArguments() throws Exception {
        ImageInputs withMetadata = new ImageInputs(inputs.classpath(), inputs.mainClass(), inputs.workDirectory(),
                List.of(Path.of("/cache/rm/0.11.5/com.h2database/h2/2.1.210"), Path.of("/cache/rm/0.11.5/org.postgresql/postgresql/42.3.4")));
        List<String> args = NativeImageArguments.of(withMetadata, Path.of("/out/bootstrap"),
                new NativeImageOptions("compatibility", true, List.of("-Os")));
        assertEquals(List.of("-H:+ReportExceptionStackTraces",
                "-H:ConfigurationFileDirectories=/cache/rm/0.11.5/com.h2database/h2/2.1.210,"
                        + "/cache/rm/0.11.5/org.postgresql/postgresql/42.3.4",
                "--exact-reachability-metadata", "-Os", "-o"), args.subList(4, 9));
    }

    @Test
    void refusesMarchNativeWithTheReason() {
        SamNativeException e = assertThrows(SamNativeException.class, () -> NativeImageArguments.of(inputs,
                Path.of("/out/bootstrap"), new NativeImageOptions("native", false, List.of())));
        assertTrue(e.getMessage().startsWith("-march=native ties the bootstrap to this machine's CPU"), e.getMessage());
        assertTrue(e.getMessage().contains("'compatibility'"), e.getMessage());
    }

    @Test
    void argumentFilesQuoteWhatTheJdkToolsWouldSplit() {
        assertEquals("--class-path\n\"/my dir/a.jar\"\n\"say \\\"hi\\\"\"\n-o\n",
                NativeImageArguments.argumentFile(List.of("--class-path", "/my dir/a.jar", "say \"hi\"", "-o")));
    }
}
