package dev.aigeo.explorer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The benchmarks' HTTP client: the JDK's {@link HttpURLConnection}, blocking, on kept-alive connections, so a
 * request costs what curl or a browser pays and no more. The JDK's {@code java.net.http.HttpClient} hands every
 * exchange between its selector thread and an executor; on these 2 cores that added 1.1–1.4 ms to each request
 * (a static file: 0.8 ms with a bare socket, 1.8 ms with it), more than the server's own work on a 3 ms path
 * search, and the driver, the baseline, has no such cost.
 */
final class BenchHttp {

    static {
        // kept-alive connections per server (default 5): the open-model load may have more in flight at once
        System.setProperty("http.maxConnections", "64");
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;

    /** A client of the server at {@code base}, e.g. {@code http://localhost:7070}. */
    BenchHttp(String base) {
        this.base = base;
    }

    /** GETs {@code path} and parses its JSON; fails unless the answer is 200. */
    JsonNode json(String path) {
        try {
            return JSON.readTree(get(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GETs {@code path}, reads the whole body (so the connection is reused) and fails unless the answer is 200. */
    byte[] get(String path) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
            int status = connection.getResponseCode();
            InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream();
            byte[] bytes;
            try (body) {
                bytes = body == null ? new byte[0] : body.readAllBytes();
            }
            if (status != 200) {
                throw new IllegalStateException(path + " answered " + status + ": " + new String(bytes));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
