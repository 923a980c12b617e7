package io.github.samnative.core.cache;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A name part no other writer of the cache or of an artifacts directory uses at the same time: a
 * random number, this moment and a count. Not a SecureRandom (nothing is to be kept secret), whose
 * provider start-up the Makefile shortcut's short-lived JVM would pay on every call, nor the process
 * id, whose ProcessHandle sets up a thread pool.
 */
final class UniqueSuffix {

    private static final AtomicLong COUNT = new AtomicLong();

    private UniqueSuffix() {}

    static String next() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong()) + "-" + Long.toHexString(System.nanoTime())
                + "-" + COUNT.incrementAndGet();
    }
}
