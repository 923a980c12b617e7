package io.github.samnative.runtime.api;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal HTTP/1.1 client on one persistent connection, enough for the Runtime API.
 *
 * <p>Why not {@code java.net.http.HttpClient}: it roughly doubles a native bootstrap's size and
 * start-up for a peer that speaks plain HTTP/1.1 on loopback with a handful of headers. Why not
 * {@code HttpURLConnection}: it cannot set TCP_NODELAY and may write head and body separately,
 * which with delayed ACKs stalls every invocation by tens of milliseconds.
 */
final class HttpConnection implements Closeable {

    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;

    private final String host;
    private final int port;
    private final String hostHeader;
    private final StringBuilder requestHead = new StringBuilder(256);
    private final StringBuilder line = new StringBuilder(128);

    private Socket socket;
    private SocketReader in;
    private OutputStream out;
    private boolean used;

    HttpConnection(String host, int port) {
        this.host = host;
        this.port = port;
        this.hostHeader = (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    /** Opens the connection now, so that an unreachable peer is found at start-up. */
    void connect() throws IOException {
        if (socket != null) {
            return;
        }
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.setKeepAlive(true);
            // No read timeout: /next blocks while there is no event, for as long as it takes.
            s.setSoTimeout(0);
            s.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
        } catch (IOException e) {
            s.close();
            throw e;
        }
        socket = s;
        in = new SocketReader(s.getInputStream());
        out = s.getOutputStream();
        used = false;
    }

    /**
     * Sends one request and reads its response. A connection the peer closed while idle is
     * reopened once; a request is never re-sent after any part of its response was read.
     */
    HttpResponse exchange(String method, String path, Map<String, String> headers,
                          byte[] body, int bodyLength) throws IOException {
        boolean reused = socket != null && used;
        try {
            return exchangeOnce(method, path, headers, body, bodyLength);
        } catch (StaleConnectionException e) {
            close();
            if (!reused) {
                throw e;
            }
            return exchangeOnce(method, path, headers, body, bodyLength);
        }
    }

    private HttpResponse exchangeOnce(String method, String path, Map<String, String> headers,
                                      byte[] body, int bodyLength) throws IOException {
        connect();
        used = true;
        writeRequest(method, path, headers, body, bodyLength);
        HttpResponse response = readResponse();
        if ("close".equalsIgnoreCase(response.header("Connection"))) {
            close();
        }
        return response;
    }

    private void writeRequest(String method, String path, Map<String, String> headers,
                              byte[] body, int bodyLength) throws IOException {
        requestHead.setLength(0);
        requestHead.append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ").append(hostHeader)
                .append("\r\nContent-Length: ").append(bodyLength).append("\r\n");
        if (bodyLength > 0 && !headers.containsKey("Content-Type")) {
            requestHead.append("Content-Type: application/json\r\n");
        }
        for (Map.Entry<String, String> header : headers.entrySet()) {
            requestHead.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        requestHead.append("\r\n");
        byte[] head = requestHead.toString().getBytes(StandardCharsets.UTF_8);
        try {
            // Head and a small body leave in one segment; TCP_NODELAY sends it at once.
            if (bodyLength <= 64 * 1024) {
                byte[] request = Arrays.copyOf(head, head.length + bodyLength);
                System.arraycopy(body, 0, request, head.length, bodyLength);
                out.write(request);
            } else {
                out.write(head);
                out.write(body, 0, bodyLength);
            }
            out.flush();
        } catch (IOException e) {
            throw new StaleConnectionException(e);
        }
    }

    private HttpResponse readResponse() throws IOException {
        String statusLine = readLine(true);
        int status = parseStatus(statusLine);
        Map<String, String> headers = new HashMap<>();
        for (String header = readLine(false); !header.isEmpty(); header = readLine(false)) {
            int colon = header.indexOf(':');
            if (colon > 0) {
                headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        header.substring(colon + 1).trim());
            }
        }
        byte[] body;
        String length = headers.get("content-length");
        if (length != null) {
            body = readExactly(Integer.parseInt(length));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = readChunked();
        } else if (status == 204 || status == 304 || status < 200) {
            body = new byte[0];
        } else {
            body = in.readAllBytes();
            headers.put("connection", "close");
        }
        return new HttpResponse(status, headers, body);
    }

    private static int parseStatus(String statusLine) throws IOException {
        int firstSpace = statusLine.indexOf(' ');
        if (!statusLine.startsWith("HTTP/1.") || firstSpace < 0 || statusLine.length() < firstSpace + 4) {
            throw new IOException("Not an HTTP response: " + statusLine);
        }
        try {
            return Integer.parseInt(statusLine.substring(firstSpace + 1, firstSpace + 4));
        } catch (NumberFormatException e) {
            throw new IOException("Not an HTTP status: " + statusLine, e);
        }
    }

    /** Reads up to CRLF. At the start of a response, EOF means the peer closed an idle connection. */
    private String readLine(boolean startOfResponse) throws IOException {
        line.setLength(0);
        while (true) {
            int b;
            try {
                b = in.read();
            } catch (IOException e) {
                if (startOfResponse && line.length() == 0) {
                    throw new StaleConnectionException(e);
                }
                throw e;
            }
            if (b < 0) {
                if (startOfResponse && line.length() == 0) {
                    throw new StaleConnectionException(new EOFException("connection closed by peer"));
                }
                throw new EOFException("connection closed in the middle of a response");
            }
            if (b == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            line.append((char) b);
        }
    }

    private byte[] readExactly(int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new EOFException("expected " + length + " body bytes, got " + bytes.length);
        }
        return bytes;
    }

    private byte[] readChunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(false);
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                while (!readLine(false).isEmpty()) {
                    // trailers are not used by the Runtime API's responses
                }
                return body.toByteArray();
            }
            body.write(readExactly(size));
            readLine(false);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing is best effort; a new connection is opened on the next request
            }
            socket = null;
            in = null;
            out = null;
        }
    }

    /** The connection failed before any byte of the response arrived; a retry is safe. */
    private static final class StaleConnectionException extends IOException {
        StaleConnectionException(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
