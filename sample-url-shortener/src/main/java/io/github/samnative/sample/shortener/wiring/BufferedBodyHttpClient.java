package io.github.samnative.sample.shortener.wiring;

import java.util.Objects;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Hands requests to {@code url-connection-client} without their {@code Content-Length} header, so
 * that the JDK's {@code HttpURLConnection} buffers each body and sets that header itself, to the
 * same value, instead of streaming it.
 *
 * <p>Why: given a {@code Content-Length}, {@code url-connection-client} switches the connection to
 * fixed-length streaming, and before a streamed POST on a reused keep-alive connection the JDK
 * checks that the server has not closed it by reading with a 1 ms timeout. Every DynamoDB call
 * after the first waited that millisecond, on Lambda as locally, and paid for the timeout's
 * exception. A buffered POST skips the check (the JDK can resend it on a closed connection), and
 * DynamoDB's request bodies are small (an item is at most 400 KB).
 *
 * <p>The signature is unaffected: the SDK signs before the HTTP client runs, and the header the JDK
 * sends has the value that was signed.
 */
public final class BufferedBodyHttpClient implements SdkHttpClient {

    private static final String CONTENT_LENGTH = "Content-Length";

    private final SdkHttpClient delegate;

    public BufferedBodyHttpClient(SdkHttpClient delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        SdkHttpRequest httpRequest = request.httpRequest();
        if (httpRequest.firstMatchingHeader(CONTENT_LENGTH).isEmpty()) {
            return delegate.prepareRequest(request);
        }
        return delegate.prepareRequest(HttpExecuteRequest.builder()
                .request(httpRequest.toBuilder().removeHeader(CONTENT_LENGTH).build())
                .contentStreamProvider(request.contentStreamProvider().orElse(null))
                .metricCollector(request.metricCollector().orElse(null))
                .build());
    }

    @Override
    public String clientName() {
        return delegate.clientName();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
