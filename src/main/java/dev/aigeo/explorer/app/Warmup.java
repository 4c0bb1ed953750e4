package dev.aigeo.explorer.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigeo.explorer.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks the server's own API, once each and in turn, what a first visit asks (the page, meta, searches, an entity,
 * its neighbours, a path, the query library, the stories, an export), over loopback, once the dataset is ready. A
 * server fresh from start answered those first requests in 0.5–3.2 s each, then in 0.02–0.14 s: the first of each
 * paid for planning its Cypher, compiling the code that serves it and reading the store from disk. Best effort: a
 * request that fails is recorded and the next one is asked.
 */
final class Warmup {

    /** One request asked: its path, the HTTP status (0 when there was no answer) and how long it took. */
    record Step(String path, int status, long millis) {
    }

    private static final int TIMEOUT_MILLIS = 30_000;

    private final URI base;
    private final List<Step> steps = new ArrayList<>();

    /** {@code base}: the server's own address, e.g. {@code http://127.0.0.1:7070}. */
    Warmup(URI base) {
        this.base = base;
    }

    /** Asks the requests; the ids, label and type come from the answers to the first ones. */
    List<Step> run() {
        ask("/");
        ask("/js/main.js");
        JsonNode meta = ask("/api/meta");
        JsonNode found = ask("/api/search?q=a&limit=10");
        ask("/api/queries");
        ask("/api/stories");
        List<String> ids = new ArrayList<>();
        if (found != null) {
            found.path("results").forEach(result -> ids.add(result.path("id").asText()));
        }
        if (!ids.isEmpty()) {
            String id = encode(ids.get(0));
            String label = found.path("results").get(0).path("label").asText();
            ask("/api/search?q=a&limit=1&labels=" + encode(label));
            ask("/api/entities/" + id);
            ask("/api/entities/" + id + "/neighbors");
            if (meta != null && meta.path("relationshipTypes").size() > 0) {
                String type = meta.path("relationshipTypes").get(0).path("name").asText();
                ask("/api/entities/" + id + "/neighbors?limit=10&types=" + encode(type));
            }
            ask("/api/export?format=json&ids=" + id);
            if (ids.size() > 1) {
                ask("/api/paths?from=" + id + "&to=" + encode(ids.get(1)));
            }
        }
        return List.copyOf(steps);
    }

    /** GETs {@code path}; answers its body as JSON when it is JSON and the status is 200, else null. */
    private JsonNode ask(String path) {
        long started = System.nanoTime();
        int status = 0;
        JsonNode json = null;
        try {
            HttpURLConnection connection = (HttpURLConnection) base.resolve(path).toURL().openConnection();
            connection.setConnectTimeout(TIMEOUT_MILLIS);
            connection.setReadTimeout(TIMEOUT_MILLIS);
            status = connection.getResponseCode();
            String type = String.valueOf(connection.getContentType());
            try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                if (status == 200 && type.contains("json")) {
                    json = Json.mapper().readTree(body);
                } else if (body != null) {
                    body.transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (IOException e) {
            status = 0;
        }
        steps.add(new Step(path, status, (System.nanoTime() - started) / 1_000_000));
        return json;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
