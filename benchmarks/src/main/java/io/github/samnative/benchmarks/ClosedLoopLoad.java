package io.github.samnative.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load: each client sends its next request only when the previous one answered, so
 * the offered load follows the server's pace. A phase ends at a request count or a time limit,
 * whichever comes first. Statuses below 400 count as success (a redirect is an answer here).
 */
public final class ClosedLoopLoad {

    private final List<RequestSender> senders;

    /** @param senders one per client, kept across phases so each client keeps its own connection */
    public ClosedLoopLoad(List<RequestSender> senders) {
        this.senders = List.copyOf(senders);
    }

    public LoadResult run(long maxRequests, long maxNanos) throws InterruptedException {
        AtomicLong tickets = new AtomicLong();
        long deadline = System.nanoTime() + maxNanos;
        List<Client> running = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < senders.size(); i++) {
            Client client = new Client(senders.get(i), tickets, maxRequests, deadline);
            Thread thread = new Thread(client, "load-client-" + i);
            client.thread = thread;
            running.add(client);
            thread.start();
        }
        for (Client client : running) {
            client.thread.join();
        }
        long elapsed = System.nanoTime() - start;
        long requests = 0;
        long errors = 0;
        List<long[]> samples = new ArrayList<>();
        for (Client client : running) {
            requests += client.done;
            errors += client.errors;
            samples.add(Arrays.copyOf(client.latencies, client.successes));
        }
        long[] all = samples.stream().flatMapToLong(Arrays::stream).toArray();
        return new LoadResult(senders.size(), requests, errors, elapsed,
                all.length == 0 ? Optional.empty() : Optional.of(Distribution.of(all)));
    }

    private static final class Client implements Runnable {
        private final RequestSender sender;
        private final AtomicLong tickets;
        private final long maxRequests;
        private final long deadline;
        Thread thread;
        long[] latencies = new long[1024];
        int successes;
        long done;
        long errors;

        Client(RequestSender sender, AtomicLong tickets, long maxRequests, long deadline) {
            this.sender = sender;
            this.tickets = tickets;
            this.maxRequests = maxRequests;
            this.deadline = deadline;
        }

        @Override
        public void run() {
            while (tickets.incrementAndGet() <= maxRequests && System.nanoTime() < deadline) {
                long begin = System.nanoTime();
                boolean ok;
                try {
                    ok = sender.send() < 400;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception e) {
                    ok = false;
                }
                long latency = System.nanoTime() - begin;
                done++;
                if (ok) {
                    if (successes == latencies.length) {
                        latencies = Arrays.copyOf(latencies, latencies.length * 2);
                    }
                    latencies[successes++] = latency;
                } else {
                    errors++;
                }
            }
        }
    }
}
