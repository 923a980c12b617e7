package io.github.samnative.benchmarks.bootstrap;

import io.github.samnative.runtime.LambdaRuntime;

/** The bootstrap's {@code main}, as the sam-native plugin generates it. */
public final class BootstrapMain {

    private BootstrapMain() {}

    public static void main(String[] args) {
        LambdaRuntime.run(new NoOpHandlerTable());
    }
}
