package io.github.samnative.core.local.environment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Linux's {@code VmHWM} ("high water mark") from {@code /proc/<pid>/status}; 0 elsewhere. It runs
 * after every invocation, so it reads only the bootstrap and the children its main thread started
 * ({@code /proc/<pid>/task/<pid>/children}): {@code ProcessHandle.descendants()} would scan every
 * process on the machine, which cost more than the invocation itself. The files are scanned as
 * bytes: splitting them into lines and strings was a visible share of the emulator's CPU under load.
 */
final class ProcfsMemoryGauge implements MemoryGauge {

    private static final byte[] HIGH_WATER_MARK = "VmHWM:".getBytes(StandardCharsets.US_ASCII);
    /** Children of children are counted too, to this depth: a script that starts a script that starts a JVM. */
    private static final int MAX_DEPTH = 4;

    @Override
    public long peakMegabytes(ProcessHandle process) {
        return (kilobytesOf(process.pid(), 0) + 1023) / 1024;
    }

    private static long kilobytesOf(long pid, int depth) {
        String id = Long.toString(pid);
        long kilobytes = highWaterMarkKb(read(Path.of("/proc", id, "status")));
        if (depth < MAX_DEPTH) {
            // Space-separated process ids; usually none (a bootstrap that execs its JVM has no children).
            String children = new String(read(Path.of("/proc", id, "task", id, "children")), StandardCharsets.US_ASCII).trim();
            if (!children.isEmpty()) {
                for (String child : children.split(" ")) {
                    kilobytes += kilobytesOf(Long.parseLong(child), depth + 1);
                }
            }
        }
        return kilobytes;
    }

    /** Empty when the file cannot be read: not Linux, a kernel without CONFIG_PROC_CHILDREN, a process just ended. */
    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return new byte[0];
        }
    }

    /** The figure of the {@code VmHWM:} line ("VmHWM:\t  123456 kB"), in kB; 0 without one. */
    static long highWaterMarkKb(byte[] status) {
        int at = indexOf(status, HIGH_WATER_MARK);
        long kilobytes = 0;
        for (int i = at + HIGH_WATER_MARK.length; at >= 0 && i < status.length && status[i] != '\n'; i++) {
            if (status[i] >= '0' && status[i] <= '9') {
                kilobytes = kilobytes * 10 + (status[i] - '0');
            }
        }
        return kilobytes;
    }

    private static int indexOf(byte[] text, byte[] word) {
        outer:
        for (int i = 0; i + word.length <= text.length; i++) {
            // A field name starts a line.
            if (i > 0 && text[i - 1] != '\n') {
                continue;
            }
            for (int j = 0; j < word.length; j++) {
                if (text[i + j] != word[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
