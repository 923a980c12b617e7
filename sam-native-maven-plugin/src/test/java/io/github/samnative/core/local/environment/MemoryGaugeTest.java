package io.github.samnative.core.local.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
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
            ProcfsMemoryGauge gauge = new ProcfsMemoryGauge();
            long megabytes = gauge.peakMegabytes(shell.toHandle());
            assertTrue(megabytes >= 200 && megabytes < 400, "peak of the shell and its child: " + megabytes + " MB");
            assertEquals(4, gauge.openFiles(), "status and children list of the shell and of its child");
            gauge.forget(shell.toHandle());
            assertEquals(0, gauge.openFiles(), "the child's files are let go with the shell's");
        } finally {
            shell.descendants().forEach(ProcessHandle::destroyForcibly);
            shell.destroyForcibly();
            shell.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void readsTheKeptOpenFilesAfreshAndClosesThemWhenTheProcessIsForgotten() throws Exception {
        // 50 MB, then on a line from us 250 MB more (written, so resident): the same open files must show the growth.
        Process python = new ProcessBuilder("python3", "-c", "import sys, time\n"
                + "a = b'1' * (50 * 1024 * 1024); print('one', flush=True); sys.stdin.readline()\n"
                + "b = b'2' * (250 * 1024 * 1024); print('two', flush=True); time.sleep(30)")
                .redirectErrorStream(true).start();
        ProcfsMemoryGauge gauge = new ProcfsMemoryGauge();
        BufferedReader output = new BufferedReader(new InputStreamReader(python.getInputStream(), StandardCharsets.UTF_8));
        try {
            assertEquals("one", output.readLine());
            long first = gauge.peakMegabytes(python.toHandle());
            int files = gauge.openFiles();
            python.getOutputStream().write('\n');
            python.getOutputStream().flush();
            assertEquals("two", output.readLine());
            long second = gauge.peakMegabytes(python.toHandle());

            assertTrue(first >= 50 && first < 250, "after 50 MB: " + first + " MB");
            assertTrue(second >= 300 && second < 500, "after 300 MB: " + second + " MB");
            assertEquals(2, files, "status and children list");
            assertEquals(files, gauge.openFiles(), "the second reading opened nothing new");
            gauge.forget(python.toHandle());
            assertEquals(0, gauge.openFiles());
        } finally {
            python.destroyForcibly();
            python.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aProcessThatEndedReadsAsZeroAndItsFilesAreClosed() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        ProcfsMemoryGauge gauge = new ProcfsMemoryGauge();
        assertTrue(gauge.peakMegabytes(sleeper.toHandle()) > 0);
        sleeper.destroyForcibly();
        sleeper.waitFor(10, TimeUnit.SECONDS);

        assertEquals(0, gauge.peakMegabytes(sleeper.toHandle()));
        assertEquals(0, gauge.openFiles());
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
