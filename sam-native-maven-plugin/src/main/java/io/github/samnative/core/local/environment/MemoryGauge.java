package io.github.samnative.core.local.environment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads what Lambda reports as {@code Max Memory Used}: the peak resident memory of an environment. */
@FunctionalInterface
public interface MemoryGauge {

    /** Peak resident memory of the process and the children it started, in MB (rounded up); 0 when unknown. */
    long peakMegabytes(ProcessHandle process);

    /**
     * Linux's {@code VmHWM} ("high water mark") from {@code /proc/<pid>/status}; 0 elsewhere. It runs
     * after every invocation, so it reads only the bootstrap and the children its main thread started
     * ({@code /proc/<pid>/task/<pid>/children}): {@code ProcessHandle.descendants()} would scan every
     * process on the machine, which cost more than the invocation itself.
     */
    static MemoryGauge procfs() {
        return process -> (kilobytesOf(process.pid(), 0) + 1023) / 1024;
    }

    private static long kilobytesOf(long pid, int depth) {
        long kilobytes = highWaterMarkKb(Path.of("/proc", Long.toString(pid), "status"));
        if (depth < 4) {
            for (long child : childrenOf(pid)) {
                kilobytes += kilobytesOf(child, depth + 1);
            }
        }
        return kilobytes;
    }

    private static List<Long> childrenOf(long pid) {
        try {
            String children = Files.readString(Path.of("/proc", Long.toString(pid), "task", Long.toString(pid), "children")).trim();
            return children.isEmpty() ? List.of()
                    : Stream.of(children.split("\\s+")).map(Long::parseLong).collect(Collectors.toList());
        } catch (IOException | RuntimeException e) {
            // A kernel without CONFIG_PROC_CHILDREN, or the process just ended: count the process alone.
            return List.of();
        }
    }

    private static long highWaterMarkKb(Path status) {
        try (Stream<String> lines = Files.lines(status)) {
            return lines.filter(line -> line.startsWith("VmHWM:"))
                    .map(line -> line.substring("VmHWM:".length()).replace("kB", "").trim())
                    .mapToLong(Long::parseLong)
                    .findFirst().orElse(0);
        } catch (IOException | RuntimeException e) {
            // Not Linux, or the process just ended: the figure is informative only.
            return 0;
        }
    }
}
