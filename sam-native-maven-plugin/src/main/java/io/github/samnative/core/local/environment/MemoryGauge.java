package io.github.samnative.core.local.environment;

/** Reads what Lambda reports as {@code Max Memory Used}: the peak resident memory of an environment. */
@FunctionalInterface
public interface MemoryGauge {

    /** Peak resident memory of the process and the children it started, in MB (rounded up); 0 when unknown. */
    long peakMegabytes(ProcessHandle process);

    /** The process has ended or will not be measured again: let go of what was kept for it. */
    default void forget(ProcessHandle process) {
    }

    /** Linux's {@code VmHWM} of the bootstrap and its children; see {@link ProcfsMemoryGauge}. */
    static MemoryGauge procfs() {
        return new ProcfsMemoryGauge();
    }
}
