package io.github.samnative.core.local.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class MemoryGaugeTest {

    @Test
    @EnabledOnOs(OS.LINUX)
    void countsTheChildrenABootstrapStarts() throws Exception {
        // The shell itself stays small; its child holds 200 MB.
        Process shell = new ProcessBuilder("bash", "-c",
                "python3 -c 'x = bytearray(200 * 1024 * 1024); print(\"ready\", flush=True); import time; time.sleep(30)' & wait")
                .redirectErrorStream(true).start();
        try {
            shell.getInputStream().read(new byte[5]);
            long megabytes = MemoryGauge.procfs().peakMegabytes(shell.toHandle());
            assertTrue(megabytes >= 200 && megabytes < 400, "peak of the shell and its child: " + megabytes + " MB");
        } finally {
            shell.descendants().forEach(ProcessHandle::destroyForcibly);
            shell.destroyForcibly();
            shell.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void readsTheHighWaterMarkLineOfAProcStatusFile() {
        String status = "Name:\tjava\nUmask:\t0022\nState:\tS (sleeping)\nVmPeak:\t 4301996 kB\n"
                + "VmSize:\t 4237480 kB\nVmHWM:\t  131072 kB\nVmRSS:\t  120544 kB\nThreads:\t19\n";

        assertEquals(131_072, ProcfsMemoryGauge.highWaterMarkKb(status.getBytes(StandardCharsets.US_ASCII)));
        assertEquals(0, ProcfsMemoryGauge.highWaterMarkKb("Name:\tsh\nXVmHWM:\t 5 kB\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(0, ProcfsMemoryGauge.highWaterMarkKb(new byte[0]));
    }
}
