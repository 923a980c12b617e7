package io.github.samnative.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkOptionsTest {

    @Test
    void defaultsMatchTheDocumentedRun() {
        BenchmarkOptions options = BenchmarkOptions.parse();
        assertEquals(10, options.launches());
        assertEquals(20_000, options.warmup());
        assertEquals(50_000, options.invocations());
        assertNull(options.libs());
    }

    @Test
    void readsEveryOption() {
        BenchmarkOptions options = BenchmarkOptions.parse("--launches", "3", "--warmup", "0", "--invocations", "1_000",
                "--max-seconds", "20", "--libs", "/tmp/x", "--child-option", "-Xlog:startuptime", "--child-option", "-Xmx64m");
        assertEquals(new BenchmarkOptions(3, 0, 1_000, 20, Path.of("/tmp/x"), List.of("-Xlog:startuptime", "-Xmx64m")),
                options);
    }

    @Test
    void namesTheWrongArgument() {
        assertEquals("--launches must be a whole number of at least 1, was '0'",
                assertThrows(IllegalArgumentException.class, () -> BenchmarkOptions.parse("--launches", "0")).getMessage());
        assertEquals("unknown option '--fast'",
                assertThrows(IllegalArgumentException.class, () -> BenchmarkOptions.parse("--fast", "yes")).getMessage());
        assertEquals("'--libs' needs a value, or is not an option of the runtime benchmark",
                assertThrows(IllegalArgumentException.class, () -> BenchmarkOptions.parse("--libs")).getMessage());
    }
}
