package io.github.samnative.core.local.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Checks on processes by PID. */
public final class Processes {

    private Processes() {
    }

    /**
     * Whether a process still runs. A killed grandchild remains a zombie until init reaps it, which in
     * some containers takes a second; a zombie runs nothing, so it counts as ended.
     */
    public static boolean isRunning(long pid) throws IOException {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return !stat.substring(stat.lastIndexOf(')') + 1).trim().startsWith("Z");
        } catch (NoSuchFileException e) {
            return false;
        }
    }
}
