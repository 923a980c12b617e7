package io.github.samnative.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.samnative.core.cache.CacheOutcome;
import io.github.samnative.core.image.BuildMode;
import io.github.samnative.core.template.Architecture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTableTest {

    @Test
    void alignsOneRowPerFunction() {
        List<String> lines = SummaryTable.render(List.of(
                new PlacedFunction(new FunctionTarget("Create", "com.example.Create", Architecture.X86_64, "t:1"),
                        BuildMode.NATIVE, Path.of("a"), 27_800_000, Duration.ofMillis(64_250), CacheOutcome.BUILT, "k1"),
                new PlacedFunction(new FunctionTarget("Get", "com.example.Links::get", Architecture.X86_64, "t:9"),
                        BuildMode.NATIVE, Path.of("b"), 27_800_000, Duration.ofMillis(300), CacheOutcome.REUSED, "k1")));
        assertEquals(List.of(
                "Function  Handler                 Arch    Mode    Size     Time    Image",
                "--------  ----------------------  ------  ------  -------  ------  --------------",
                "Create    com.example.Create      x86_64  native  26.5 MB  64.3 s  built",
                "Get       com.example.Links::get  x86_64  native  26.5 MB  0.3 s   reused (cache)"), lines);
    }

    @Test
    void numbersHaveOneDecimalRoundedHalfUp() {
        assertEquals("0.0", SummaryTable.oneDecimal(0));
        assertEquals("0.3", SummaryTable.oneDecimal(0.25));
        assertEquals("64.3", SummaryTable.oneDecimal(64.25));
        assertEquals("1024.0", SummaryTable.oneDecimal(1023.96));
        assertEquals("512.0 KB", SummaryTable.size(524_288));
        assertEquals("86.8 MB", SummaryTable.size(90_981_747));
    }

    @Test
    void hostArchitectureUsesLambdasNames() {
        assertEquals(Architecture.X86_64, HostArchitecture.of("amd64").orElseThrow());
        assertEquals(Architecture.ARM64, HostArchitecture.of("aarch64").orElseThrow());
        assertEquals(true, HostArchitecture.of("sparc").isEmpty());
    }
}
