package io.github.samnative.sample.shortener.http;

import java.util.Map;

/**
 * A request the API answers with an error status and {@code {"message": "..."}}: thrown wherever
 * the problem is found, turned into a response in one place.
 */
public final class HttpProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Map<String, String> headers;

    public HttpProblem(int status, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    public static HttpProblem badRequest(String message) {
        return new HttpProblem(400, message, Map.of());
    }

    public static HttpProblem notFound(String message) {
        return new HttpProblem(404, message, Map.of());
    }

    public static HttpProblem conflict(String message) {
        return new HttpProblem(409, message, Map.of());
    }

    public static HttpProblem methodNotAllowed(String method, String path, String allowed) {
        return new HttpProblem(405, "Method " + method + " is not allowed on " + path + "; use " + allowed + ".",
                Map.of("Allow", allowed));
    }

    public int status() {
        return status;
    }

    /** Headers the response must carry, such as {@code Allow} on a 405. */
    public Map<String, String> headers() {
        return headers;
    }
}
