package io.github.samnative.core.cache;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.StampedLock;

/**
 * A readers-writer lock on one lock file that holds across threads and processes alike.
 *
 * <p>A {@link FileLock} excludes other processes only: within one JVM a second overlapping lock
 * throws {@code OverlappingFileLockException} instead of waiting. So threads first agree among
 * themselves through a {@link StampedLock} (whose stamps, unlike {@code ReentrantReadWriteLock}'s
 * holds, may be released by another thread than the one that took them), and only then touch the
 * file: one exclusive file lock for a writer, one shared file lock for all readers of the JVM
 * together. That also keeps to one open channel per lock file and JVM, which matters because on
 * POSIX systems closing any descriptor of a file drops all of the process's locks on it. The
 * operating system drops file locks when a process dies, so a crashed build never blocks later
 * ones. Leases are not reentrant: a thread that holds one and asks for the exclusive lock of the
 * same key waits forever.
 *
 * <p>Lock files can be deleted ({@link Lease#retire()}) so they do not pile up, one per key ever
 * built. That is safe because a lock only counts if, once it is held, the path still names the
 * very file that was locked (compared by {@link BasicFileAttributes#fileKey()}, device and inode):
 * whoever waited on a file that was deleted meanwhile notices and starts over on a fresh one.
 * Where the file system offers no file key, lock files are simply never deleted.
 */
final class KeyLock {

    // JVM-wide on purpose: file locks belong to the JVM, so two caches on one root must share these.
    // One small object per key used in this JVM's lifetime; not worth the complexity of removal.
    private static final ConcurrentHashMap<Path, KeyLock> LOCKS = new ConcurrentHashMap<>();

    private static final Object MISSING = new Object();

    private final Path file;
    private final StampedLock threads = new StampedLock();
    private final Object sharedGuard = new Object();
    private int sharedHolders;
    private HeldFile sharedFile;

    private KeyLock(Path file) {
        this.file = file;
    }

    static KeyLock at(Path lockFile) {
        Path normalized = lockFile.toAbsolutePath().normalize();
        KeyLock lock = LOCKS.get(normalized);
        if (lock != null) {
            return lock;
        }
        // Not computeIfAbsent(path, KeyLock::new): the Makefile shortcut's JVM would link a lambda for it.
        KeyLock created = new KeyLock(normalized);
        KeyLock raced = LOCKS.putIfAbsent(normalized, created);
        return raced != null ? raced : created;
    }

    Path file() {
        return file;
    }

    /** Blocks until no writer holds the lock; {@code onWait} runs before any waiting. */
    Lease shared(Runnable onWait) throws IOException, InterruptedException {
        long stamp = threads.tryReadLock();
        if (stamp == 0) {
            onWait.run();
            stamp = threads.readLockInterruptibly();
        }
        try {
            synchronized (sharedGuard) {
                if (sharedHolders == 0) {
                    sharedFile = lock(true, onWait);
                }
                sharedHolders++;
            }
        } catch (IOException | RuntimeException e) {
            threads.unlockRead(stamp);
            throw e;
        }
        return new Lease(stamp, null);
    }

    /** Blocks until nobody else holds the lock; {@code onWait} runs before any waiting. */
    Lease exclusive(Runnable onWait) throws IOException, InterruptedException {
        long stamp = threads.tryWriteLock();
        if (stamp == 0) {
            onWait.run();
            stamp = threads.writeLockInterruptibly();
        }
        try {
            return new Lease(stamp, lock(false, onWait));
        } catch (IOException | RuntimeException e) {
            threads.unlockWrite(stamp);
            throw e;
        }
    }

    /** The exclusive lock if nobody holds any lock on it right now; never waits. */
    Optional<Lease> tryExclusive() throws IOException {
        long stamp = threads.tryWriteLock();
        if (stamp == 0) {
            return Optional.empty();
        }
        try {
            HeldFile held = lock(false, null);
            if (held != null) {
                return Optional.of(new Lease(stamp, held));
            }
        } catch (IOException | RuntimeException e) {
            threads.unlockWrite(stamp);
            throw e;
        }
        threads.unlockWrite(stamp);
        return Optional.empty();
    }

    /** A locked file and its identity; with {@code onWait} null, returns null instead of waiting. */
    private HeldFile lock(boolean shared, Runnable onWait) throws IOException {
        while (true) {
            Files.createDirectories(file.getParent());
            Object before = identity();
            FileChannel channel = FileChannel.open(file,
                    StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            try {
                Object opened = identity();
                if (opened == null) {
                    // No file keys here: no identity checks, and retire() will not delete.
                    return lockChannel(channel, shared, onWait, null);
                }
                if (opened == MISSING || !opened.equals(before)) {
                    // Just created, or replaced around the open: the next round opens a known file.
                    channel.close();
                    continue;
                }
                HeldFile held = lockChannel(channel, shared, onWait, opened);
                if (held == null || opened.equals(identity())) {
                    return held;
                }
                // The file was deleted while we waited for its lock: what it guarded may be gone too.
                channel.close();
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }
    }

    private static HeldFile lockChannel(FileChannel channel, boolean shared, Runnable onWait, Object identity)
            throws IOException {
        FileLock lock = channel.tryLock(0, Long.MAX_VALUE, shared);
        if (lock == null) {
            if (onWait == null) {
                channel.close();
                return null;
            }
            onWait.run();
            lock = channel.lock(0, Long.MAX_VALUE, shared);
        }
        return new HeldFile(lock, identity);
    }

    /** The device and inode of the file at the path now; {@link #MISSING}, or null without file keys. */
    private Object identity() throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (NoSuchFileException e) {
            return MISSING;
        }
    }

    /** A file lock together with the identity of the file it is on (null if unknowable). */
    private record HeldFile(FileLock lock, Object identity) {
        void close() throws IOException {
            lock.channel().close();
        }
    }

    /** One holding of the lock, shared or exclusive; closing it twice is harmless. */
    final class Lease implements AutoCloseable {

        private long stamp;
        private HeldFile exclusiveFile;
        private boolean closed;

        private Lease(long stamp, HeldFile exclusiveFile) {
            this.stamp = stamp;
            this.exclusiveFile = exclusiveFile;
        }

        /**
         * Turns an exclusive lease into a shared one. Other threads of this JVM never get in
         * between; another process may, because a file lock cannot be converted in place, so the
         * caller must check {@link #lostFile()} and that what the lock guards is still there.
         */
        synchronized Lease downgrade() throws IOException {
            requireExclusive();
            HeldFile held = exclusiveFile;
            exclusiveFile = null;
            synchronized (sharedGuard) {
                try {
                    held.lock().release();
                    sharedFile = new HeldFile(held.lock().channel().lock(0, Long.MAX_VALUE, true), held.identity());
                    sharedHolders = 1;
                } catch (IOException | RuntimeException e) {
                    closed = true;
                    held.close();
                    threads.unlockWrite(stamp);
                    throw e;
                }
            }
            stamp = threads.tryConvertToReadLock(stamp);
            return this;
        }

        /** Whether the locked file was deleted (retired) while this lease changed hands. */
        synchronized boolean lostFile() throws IOException {
            HeldFile held = exclusiveFile != null ? exclusiveFile : currentSharedFile();
            return held == null || (held.identity() != null && !held.identity().equals(identity()));
        }

        /**
         * Deletes the lock file, then releases the lease; for an exclusive lease whose key has
         * nothing left to guard. Anyone waiting on the deleted file starts over on a new one.
         */
        synchronized void retire() throws IOException {
            requireExclusive();
            try {
                if (exclusiveFile.identity() != null) {
                    Files.deleteIfExists(file);
                }
            } finally {
                close();
            }
        }

        @Override
        public synchronized void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            if (exclusiveFile != null) {
                try {
                    exclusiveFile.close();
                } finally {
                    exclusiveFile = null;
                    threads.unlockWrite(stamp);
                }
            } else {
                try {
                    synchronized (sharedGuard) {
                        sharedHolders--;
                        if (sharedHolders == 0) {
                            HeldFile held = sharedFile;
                            sharedFile = null;
                            held.close();
                        }
                    }
                } finally {
                    threads.unlockRead(stamp);
                }
            }
        }

        private HeldFile currentSharedFile() {
            synchronized (sharedGuard) {
                return sharedFile;
            }
        }

        private void requireExclusive() {
            if (closed || exclusiveFile == null) {
                throw new IllegalStateException("Needs an open exclusive lease on " + file);
            }
        }

        @Override
        public String toString() {
            return (exclusiveFile != null ? "exclusive" : "shared") + " lease on " + file;
        }
    }

    @Override
    public String toString() {
        return "lock " + file;
    }
}
