package io.yudex.bench.serving;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The load generator's HTTP/1.1 client: one blocking keep-alive connection, GET only, reading {@code Content-Length}
 * and chunked bodies and discarding them. It exists so that the generator spends as little of the machine's two cores
 * as possible (a JDK {@code HttpClient} per connection keeps a selector thread each and costs several times the CPU
 * per request); the connection is reopened only when the server closes it. Not thread-safe: one per virtual thread.
 */
final class KeepAliveClient implements AutoCloseable {

    private final URI base;
    private final byte[] fixedHeaders;
    private final int timeoutMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private long connects;

    /** @param token bearer token sent with every request, or null for none */
    KeepAliveClient(URI base, String token, int timeoutMillis) {
        this.base = base;
        this.timeoutMillis = timeoutMillis;
        String headers = "Host: " + base.getHost() + ":" + base.getPort() + "\r\n" + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                + "Accept: application/json\r\n\r\n";
        this.fixedHeaders = headers.getBytes(StandardCharsets.US_ASCII);
    }

    /** Sends {@code GET <base path>?<query>} and returns the status code once the whole body has been read. */
    int get(String query) throws IOException {
        if (socket == null) {
            connect();
        }
        byte[] line = ("GET " + base.getRawPath() + "?" + query + " HTTP/1.1\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[line.length + fixedHeaders.length];
        System.arraycopy(line, 0, request, 0, line.length);
        System.arraycopy(fixedHeaders, 0, request, line.length, fixedHeaders.length);
        try {
            out.write(request);
            out.flush();
            return readResponse();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    /** Connections opened so far (1 when keep-alive held throughout). */
    long connects() {
        return connects;
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(timeoutMillis);
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), timeoutMillis);
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = socket.getOutputStream();
        connects++;
    }

    private int readResponse() throws IOException {
        String status = line();
        if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
            throw new IOException("not an HTTP/1.1 response: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String h = line(); !h.isEmpty(); h = line()) {
            int colon = h.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = h.substring(0, colon).trim();
            String value = h.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                chunked = true;
            } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                closing = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0; size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                skip(size);
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (length > 0) {
            skip(length);
        } else if (length < 0 && code != 204 && code != 304) {
            closing = true; // body until close: not expected from the server under test
        }
        if (closing) {
            close();
        }
        return code;
    }

    private String line() throws IOException {
        StringBuilder s = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed mid-response");
            }
            if (b != '\r') {
                s.append((char) b);
            }
        }
        return s.toString();
    }

    private void skip(long n) throws IOException {
        while (n > 0) {
            long skipped = in.skip(n);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("connection closed mid-body");
                }
                skipped = 1;
            }
            n -= skipped;
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }
}
