package io.github.samnative.core.local;

/** Wall-clock time for deadlines and event timestamps, and a monotonic clock for durations. */
public interface LocalClock {

    long epochMillis();

    long nanoTime();

    static LocalClock system() {
        return new LocalClock() {
            @Override
            public long epochMillis() {
                return System.currentTimeMillis();
            }

            @Override
            public long nanoTime() {
                return System.nanoTime();
            }
        };
    }
}
