package dev.aigeo.explorer.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigeo.explorer.app.Config;
import dev.aigeo.explorer.app.DatasetStatus;
import dev.aigeo.explorer.app.ExplorerApp;
import dev.aigeo.explorer.graph.Graph;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** The real app factory on a random port, and a small HTTP client for asserting status, headers and JSON. */
public final class TestApp implements AutoCloseable {

    /** A response with its body parsed as JSON when it is JSON. */
    public record Response(int status, HttpResponse<String> raw, JsonNode json) {
        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String body() {
            return raw.body();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Javalin app;
    private final HttpClient client = HttpClient.newHttpClient();

    private TestApp(Javalin app) {
        this.app = app;
    }

    /** Starts the app on {@code graph} with the dataset status already ready. */
    public static TestApp start(Graph graph, String datasetName, boolean embedded) {
        return start(graph, datasetName, embedded, Map.of());
    }

    /** The same with extra environment variables (e.g. a short QUERY_TIMEOUT_SECONDS). */
    public static TestApp start(Graph graph, String datasetName, boolean embedded, Map<String, String> extraEnv) {
        DatasetStatus status = new DatasetStatus();
        status.ready(datasetName, "1.0");
        Map<String, String> env = new java.util.HashMap<>(extraEnv);
        if (!embedded) {
            env.put("NEO4J_URI", "bolt://localhost:7687");
        }
        Config config = Config.fromEnv(env).withPorts(0, 0);
        return new TestApp(ExplorerApp.create(config, graph, status).start());
    }

    public String url(String path) {
        return "http://localhost:" + app.port() + path;
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
    }

    /** POSTs {@code json} as {@code application/json}. */
    public Response post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    public Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = type.contains("json") && !response.body().isEmpty() ? JSON.readTree(response.body()) : null;
            return new Response(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
