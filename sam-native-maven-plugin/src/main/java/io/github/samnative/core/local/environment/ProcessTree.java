package io.github.samnative.core.local.environment;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/** Ends a bootstrap together with everything it started, as Lambda does when it resets an environment. */
final class ProcessTree {

    private ProcessTree() {
    }

    /** Kills the process and its descendants; returns once they are gone or {@code waitMillis} passed. */
    static void kill(ProcessHandle root, long waitMillis) {
        // The children are listed first: once the root is gone they are re-parented and out of reach.
        List<ProcessHandle> tree = root.descendants().collect(Collectors.toList());
        tree.add(0, root);
        tree.forEach(ProcessHandle::destroyForcibly);
        CompletableFuture<?>[] exits = tree.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // A process that ignores SIGKILL is stuck in the kernel; nothing more can be done from here.
        }
    }
}
