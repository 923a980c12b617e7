package io.github.samnative.runtime.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Runtime API over {@link HttpConnection}, one keep-alive connection for the process's life. */
public final class HttpRuntimeApiClient implements RuntimeApiClient {

    private static final Map<String, String> NO_HEADERS = Map.of();

    private final HttpConnection connection;
    private final JsonFactory json = new JsonFactory();
    private final ByteArrayOutputStream errorBody = new ByteArrayOutputStream(1024);

    private HttpRuntimeApiClient(HttpConnection connection) {
        this.connection = connection;
    }

    /**
     * Connects to {@code host:port} as given in {@code AWS_LAMBDA_RUNTIME_API}.
     *
     * @throws IOException when nothing listens there
     */
    public static HttpRuntimeApiClient connect(String address) throws IOException {
        HostAndPort hostAndPort = HostAndPort.parse(address);
        HttpConnection connection = new HttpConnection(hostAndPort.host(), hostAndPort.port());
        connection.connect();
        return new HttpRuntimeApiClient(connection);
    }

    @Override
    public Invocation next() throws IOException {
        HttpResponse response = connection.exchange("GET", RuntimeApiProtocol.NEXT_PATH, NO_HEADERS, new byte[0], 0);
        expectStatus(response, "GET", RuntimeApiProtocol.NEXT_PATH, 200);
        String requestId = response.header(RuntimeApiProtocol.REQUEST_ID);
        if (requestId == null || requestId.isEmpty()) {
            throw new IOException("GET " + RuntimeApiProtocol.NEXT_PATH + " answered without "
                    + RuntimeApiProtocol.REQUEST_ID);
        }
        return new Invocation(
                requestId,
                parseDeadline(response.header(RuntimeApiProtocol.DEADLINE_MS)),
                response.header(RuntimeApiProtocol.INVOKED_FUNCTION_ARN),
                response.header(RuntimeApiProtocol.TRACE_ID),
                response.header(RuntimeApiProtocol.CLIENT_CONTEXT),
                response.header(RuntimeApiProtocol.COGNITO_IDENTITY),
                response.body());
    }

    private static long parseDeadline(String value) {
        if (value == null) {
            return 0L;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0L;
        }
    }

    @Override
    public void respond(String requestId, byte[] body, int length) throws IOException {
        String path = RuntimeApiProtocol.responsePath(requestId);
        HttpResponse response = connection.exchange("POST", path, NO_HEADERS, body, length);
        expectStatus(response, "POST", path, 202);
    }

    @Override
    public void reportInvocationError(String requestId, ErrorReport error) throws IOException {
        postError(RuntimeApiProtocol.errorPath(requestId), error);
    }

    @Override
    public void reportInitError(ErrorReport error) throws IOException {
        postError(RuntimeApiProtocol.INIT_ERROR_PATH, error);
    }

    private void postError(String path, ErrorReport error) throws IOException {
        byte[] body = toJson(error);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(RuntimeApiProtocol.FUNCTION_ERROR_TYPE, error.category());
        HttpResponse response = connection.exchange("POST", path, headers, body, body.length);
        expectStatus(response, "POST", path, 202);
    }

    private byte[] toJson(ErrorReport error) throws IOException {
        errorBody.reset();
        try (JsonGenerator out = json.createGenerator(errorBody)) {
            out.writeStartObject();
            out.writeStringField("errorMessage", error.errorMessage());
            out.writeStringField("errorType", error.errorType());
            out.writeArrayFieldStart("stackTrace");
            for (String frame : error.stackTrace()) {
                out.writeString(frame);
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        return errorBody.toByteArray();
    }

    private static void expectStatus(HttpResponse response, String method, String path, int expected)
            throws RuntimeApiException {
        if (response.status() != expected) {
            throw new RuntimeApiException(method, path, response.status(),
                    new String(response.body(), StandardCharsets.UTF_8));
        }
    }

    /** {@code host:port}, with IPv6 hosts in brackets as in a URL. */
    record HostAndPort(String host, int port) {
        static HostAndPort parse(String address) throws IOException {
            int colon = address.lastIndexOf(':');
            if (colon <= 0 || colon == address.length() - 1) {
                throw new IOException("AWS_LAMBDA_RUNTIME_API is not host:port: '" + address + "'");
            }
            String host = address.substring(0, colon);
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            try {
                return new HostAndPort(host, Integer.parseInt(address.substring(colon + 1)));
            } catch (NumberFormatException e) {
                throw new IOException("AWS_LAMBDA_RUNTIME_API has no numeric port: '" + address + "'");
            }
        }
    }
}
