package io.github.samnative.core.local.environment;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Linux's {@code VmHWM} ("high water mark") from {@code /proc/<pid>/status}; 0 elsewhere. It runs
 * after every invocation, so it reads only the bootstrap and the children its main thread started
 * ({@code /proc/<pid>/task/<pid>/children}): {@code ProcessHandle.descendants()} would scan every
 * process on the machine, which cost more than the invocation itself. Each file is opened once and
 * read again from its start ({@code pread}; procfs renders it anew), and scanned as bytes: opening
 * the files per invocation, and splitting them into lines, each was a visible share of the
 * emulator's CPU under load.
 */
final class ProcfsMemoryGauge implements MemoryGauge {

    private static final byte[] HIGH_WATER_MARK = "VmHWM:".getBytes(StandardCharsets.US_ASCII);
    /** Children of children are counted too, to this depth: a script that starts a script that starts a JVM. */
    private static final int MAX_DEPTH = 4;
    /** A status file is about 1.5 KB; a children list holds a few ids. */
    private static final int BUFFER_BYTES = 8192;

    /**
     * The open files, by the process measured ({@link #peakMegabytes}'s argument) and path: its own
     * and its children's. A file whose process ended fails to read and is closed then; the rest at
     * {@link #forget}.
     */
    private final Map<Long, Map<Path, FileChannel>> open = new ConcurrentHashMap<>();
    private final ThreadLocal<ByteBuffer> buffers = ThreadLocal.withInitial(() -> ByteBuffer.allocate(BUFFER_BYTES));

    @Override
    public long peakMegabytes(ProcessHandle process) {
        Map<Path, FileChannel> files = open.computeIfAbsent(process.pid(), pid -> new ConcurrentHashMap<>());
        long kilobytes = kilobytesOf(files, process.pid(), 0);
        if (files.isEmpty()) {
            // Not Linux, or the process has ended: nothing to keep.
            open.remove(process.pid(), files);
        }
        return (kilobytes + 1023) / 1024;
    }

    @Override
    public void forget(ProcessHandle process) {
        Map<Path, FileChannel> files = open.remove(process.pid());
        if (files != null) {
            for (Path file : files.keySet()) {
                close(files, file);
            }
        }
    }

    private long kilobytesOf(Map<Path, FileChannel> files, long pid, int depth) {
        String id = Long.toString(pid);
        Path statusFile = Path.of("/proc", id, "status");
        Path childrenFile = Path.of("/proc", id, "task", id, "children");
        byte[] status = read(files, statusFile);
        if (status.length == 0) {
            // Ended: its children list would read as empty for good, and stay open.
            close(files, childrenFile);
            return 0;
        }
        long kilobytes = highWaterMarkKb(status);
        if (depth < MAX_DEPTH) {
            // Space-separated process ids; usually none (a bootstrap that execs its JVM has no children).
            String children = new String(read(files, childrenFile), StandardCharsets.US_ASCII).trim();
            if (!children.isEmpty()) {
                for (String child : children.split(" ")) {
                    kilobytes += kilobytesOf(files, Long.parseLong(child), depth + 1);
                }
            }
        }
        return kilobytes;
    }

    /** Empty when the file cannot be read: not Linux, a kernel without CONFIG_PROC_CHILDREN, a process just ended. */
    private byte[] read(Map<Path, FileChannel> files, Path file) {
        FileChannel channel = files.get(file);
        try {
            if (channel == null) {
                channel = FileChannel.open(file);
                FileChannel raced = files.putIfAbsent(file, channel);
                if (raced != null) {
                    channel.close();
                    channel = raced;
                }
            }
            ByteBuffer buffer = buffers.get();
            buffer.clear();
            while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
                // procfs may hand out a file in several reads
            }
            return Arrays.copyOf(buffer.array(), buffer.position());
        } catch (IOException | RuntimeException e) {
            close(files, file);
            return new byte[0];
        }
    }

    private static void close(Map<Path, FileChannel> files, Path file) {
        FileChannel channel = files.remove(file);
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing was written; the descriptor is gone either way
            }
        }
    }

    /** How many files are kept open; for tests. */
    int openFiles() {
        return open.values().stream().mapToInt(Map::size).sum();
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
