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

    /** Peak resident memory of the process and its descendants, in MB (rounded up); 0 when unknown. */
    long peakMegabytes(ProcessHandle process);

    /** Linux's {@code VmHWM} ("high water mark") from {@code /proc/<pid>/status}; 0 elsewhere. */
    static MemoryGauge procfs() {
        return process -> {
            List<ProcessHandle> tree = Stream.concat(Stream.of(process), process.descendants()).collect(Collectors.toList());
            long kilobytes = 0;
            for (ProcessHandle handle : tree) {
                kilobytes += highWaterMarkKb(Path.of("/proc", Long.toString(handle.pid()), "status"));
            }
            return (kilobytes + 1023) / 1024;
        };
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
