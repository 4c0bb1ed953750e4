package dev.aigeo.explorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.support.TestApp;
import dev.aigeo.explorer.support.TestApp.Response;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With Neo4j unreachable the server still answers: health DOWN and 503 with Retry-After, never a hang or a 500. */
class DatabaseDownIT {

    private static Graph graph;
    private static TestApp app;

    @BeforeAll
    static void start() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        graph = Graph.connect(URI.create("bolt://127.0.0.1:" + closedPort), "neo4j", null, "neo4j",
                Duration.ofSeconds(2));
        app = TestApp.start(graph, "fixture", true);
    }

    @AfterAll
    static void stop() {
        app.close();
        graph.close();
    }

    @Test
    void healthSaysDownWith503() {
        Response health = app.get("/api/health");

        assertThat(health.status()).isEqualTo(503);
        assertThat(health.header("Retry-After")).isEqualTo("5");
        assertThat(health.json().path("status").asText()).isEqualTo("DOWN");
        assertThat(health.json().at("/neo4j/status").asText()).isEqualTo("DOWN");
    }

    @Test
    void queriesAnswer503ProblemDetailsWithoutDriverText() {
        for (String path : new String[] {"/api/meta", "/api/search?q=deepseek", "/api/entities/lab:x/neighbors"}) {
            long started = System.nanoTime();
            Response response = app.get(path);

            assertThat(response.status()).as(path).isEqualTo(503);
            assertThat(response.header("Retry-After")).isEqualTo("5");
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.body()).doesNotContainIgnoringCase("bolt").doesNotContain("Exception")
                    .doesNotContain("127.0.0.1");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        }
    }
}
