package io.github.samnative.core.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class InvokeReportTest {

    @Test
    void aColdStartReportsInitDurationAndBillsItAsCustomRuntimesAre() {
        InvokeReport report = new InvokeReport("8f5e2f4a", 12.345, 128, 45, OptionalDouble.of(321.5), Optional.empty(),
                Optional.empty());

        assertEquals("REPORT RequestId: 8f5e2f4a\tDuration: 12.35 ms\tBilled Duration: 334 ms\tMemory Size: 128 MB"
                + "\tMax Memory Used: 45 MB\tInit Duration: 321.50 ms", report.line());
    }

    @Test
    void aWarmInvocationHasNoInitDuration() {
        InvokeReport report = new InvokeReport("r", 2.0, 512, 60, OptionalDouble.empty(), Optional.empty(), Optional.empty());

        assertEquals("REPORT RequestId: r\tDuration: 2.00 ms\tBilled Duration: 2 ms\tMemory Size: 512 MB"
                + "\tMax Memory Used: 60 MB", report.line());
    }

    @Test
    void failedEnvironmentsEndTheLineWithTheirStatus() {
        InvokeReport timeout = new InvokeReport("r", 3000.12, 128, 60, OptionalDouble.empty(), Optional.of("timeout"),
                Optional.of("Sandbox.Timedout"));
        InvokeReport crash = new InvokeReport("r", 5.0, 128, 60, OptionalDouble.empty(), Optional.of("error"),
                Optional.of("Runtime.ExitError"));

        assertEquals("REPORT RequestId: r\tDuration: 3000.12 ms\tBilled Duration: 3001 ms\tMemory Size: 128 MB"
                + "\tMax Memory Used: 60 MB\tStatus: timeout", timeout.line());
        assertEquals("REPORT RequestId: r\tDuration: 5.00 ms\tBilled Duration: 5 ms\tMemory Size: 128 MB"
                + "\tMax Memory Used: 60 MB\tStatus: error\tError Type: Runtime.ExitError", crash.line());
    }
}
