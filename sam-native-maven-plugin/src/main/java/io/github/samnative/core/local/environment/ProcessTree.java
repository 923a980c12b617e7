package io.github.samnative.core.local.environment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Ends a bootstrap together with everything it started, as Lambda does when it resets an environment. */
final class ProcessTree {

    private static final long POLL_MILLIS = 5;

    private ProcessTree() {
    }

    /** Kills the process and its descendants; returns once none runs any more or {@code waitMillis} passed. */
    static void kill(Process root, long waitMillis) {
        long deadline = System.nanoTime() + waitMillis * 1_000_000;
        // The children are listed first: once the root is gone they are re-parented and out of reach.
        List<ProcessHandle> descendants = root.descendants().collect(Collectors.toList());
        root.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        try {
            // Our own child: waiting for the JDK to reap it makes Process.isAlive() false for everyone.
            root.waitFor(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        // Polled rather than onExit(): for processes that are not our children the JDK polls slowly.
        while (descendants.stream().anyMatch(ProcessTree::isRunning) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Whether the process still runs. A killed grandchild stays a zombie until init reaps it, which some
     * inits do only every second or so; a zombie runs nothing and holds no memory, file or port.
     */
    static boolean isRunning(ProcessHandle process) {
        return process.isAlive() && !isZombie(process.pid());
    }

    private static boolean isZombie(long pid) {
        try {
            // "pid (command) state ...": the command may itself hold spaces and parentheses.
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String afterCommand = stat.substring(stat.lastIndexOf(')') + 1).trim();
            return afterCommand.startsWith("Z");
        } catch (IOException | RuntimeException e) {
            // No procfs (not Linux), or the process is gone already.
            return false;
        }
    }
}
