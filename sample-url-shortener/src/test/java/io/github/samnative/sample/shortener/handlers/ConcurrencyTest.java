package io.github.samnative.sample.shortener.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.github.samnative.sample.shortener.http.PublicBaseUrl;
import io.github.samnative.sample.shortener.links.Link;
import io.github.samnative.sample.shortener.links.LinkRepository;
import io.github.samnative.sample.shortener.links.RandomIds;
import io.github.samnative.sample.shortener.testing.HttpApiEvents;
import io.github.samnative.sample.shortener.testing.DynamoDbLocalServer;
import io.github.samnative.sample.shortener.testing.Responses;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many execution environments at once, as under real traffic: one handler instance per thread,
 * all on one table, all released together.
 */
class ConcurrencyTest {

    private static final int THREADS = 16;

    private LinkRepository repository;
    private ExecutorService threads;

    @BeforeEach
    void setUp() {
        repository = DynamoDbLocalServer.shared().newLinksTable();
        threads = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Test
    void twoHundredConcurrentVisitsAreAllCounted() throws Exception {
        repository.insertIfAbsent(new Link("popular", "https://example.com/", Instant.EPOCH, 0));

        List<APIGatewayV2HTTPResponse> responses = runTogether(200, i -> {
            RedirectHandler handler = new RedirectHandler(repository);
            return handler.handleRequest(HttpApiEvents.withId("GET", "/{id}", "popular").build(), null);
        });

        responses.forEach(response -> assertEquals(302, response.getStatusCode(), response.getBody()));
        assertEquals(200, repository.find("popular").orElseThrow().visits());
    }

    @Test
    void aHundredConcurrentCreatesGiveAHundredDistinctLinks() throws Exception {
        List<APIGatewayV2HTTPResponse> responses = runTogether(100, i -> {
            CreateLinkHandler handler = new CreateLinkHandler(repository, new PublicBaseUrl(Optional.empty()),
                    new RandomIds(), Clock.systemUTC());
            return handler.handleRequest(HttpApiEvents.request("POST", "/links")
                    .json("{\"url\": \"https://example.com/" + i + "\"}").build(), null);
        });

        Set<String> ids = new HashSet<>();
        Set<String> urls = new HashSet<>();
        for (APIGatewayV2HTTPResponse response : responses) {
            assertEquals(201, response.getStatusCode(), response.getBody());
            String id = Responses.json(response).get("id").textValue();
            ids.add(id);
            urls.add(repository.find(id).orElseThrow().url());
        }
        assertEquals(100, ids.size());
        assertEquals(100, urls.size(), "each create must have stored its own URL");
        assertEquals(100, DynamoDbLocalServer.shared().itemCount(repository.tableName()));
    }

    @Test
    void twentyConcurrentCreatesOfOneSlugGiveExactlyOneLink() throws Exception {
        List<APIGatewayV2HTTPResponse> responses = runTogether(20, i -> {
            CreateLinkHandler handler = new CreateLinkHandler(repository, new PublicBaseUrl(Optional.empty()),
                    new RandomIds(), Clock.systemUTC());
            return handler.handleRequest(HttpApiEvents.request("POST", "/links")
                    .json("{\"url\": \"https://example.com/" + i + "\", \"slug\": \"contested\"}").build(), null);
        });

        Map<Integer, Integer> byStatus = new TreeMap<>();
        String winner = null;
        for (APIGatewayV2HTTPResponse response : responses) {
            byStatus.merge(response.getStatusCode(), 1, Integer::sum);
            if (response.getStatusCode() == 201) {
                winner = Responses.json(response).get("url").textValue();
            }
        }
        assertEquals(Map.of(201, 1, 409, 19), byStatus);
        assertEquals(winner, repository.find("contested").orElseThrow().url(), "the stored link is the winner's");
        assertEquals(1, DynamoDbLocalServer.shared().itemCount(repository.tableName()));
    }

    private interface Call {
        APIGatewayV2HTTPResponse run(int index) throws Exception;
    }

    /** Runs {@code count} calls on the pool, all waiting at one gate so they really overlap. */
    private List<APIGatewayV2HTTPResponse> runTogether(int count, Call call) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<APIGatewayV2HTTPResponse>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            Callable<APIGatewayV2HTTPResponse> task = () -> {
                gate.await();
                return call.run(index);
            };
            futures.add(threads.submit(task));
        }
        gate.countDown();
        List<APIGatewayV2HTTPResponse> responses = new ArrayList<>();
        for (Future<APIGatewayV2HTTPResponse> future : futures) {
            responses.add(future.get(2, TimeUnit.MINUTES));
        }
        return responses;
    }
}
