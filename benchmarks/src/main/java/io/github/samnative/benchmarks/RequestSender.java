package io.github.samnative.benchmarks;

import java.io.IOException;

/** Sends one request and tells its HTTP status; the seam between the load loop and the network. */
@FunctionalInterface
public interface RequestSender {

    int send() throws IOException, InterruptedException;
}
