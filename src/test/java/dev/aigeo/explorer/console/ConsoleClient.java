package dev.aigeo.explorer.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigeo.explorer.dataset.Datasets;
import dev.aigeo.explorer.support.TestApp;
import dev.aigeo.explorer.support.TestApp.Response;
import dev.aigeo.explorer.support.TestNeo4j;
import java.io.UncheckedIOException;
import java.util.Map;

/** The app on the default dataset, with helpers to post console queries and to check that nothing changed. */
final class ConsoleClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String NODES = "MATCH (n) RETURN count(n) AS count";
    static final String RELATIONSHIPS = "MATCH ()-[r]->() RETURN count(r) AS count";

    private final TestApp app;

    private ConsoleClient(TestApp app) {
        this.app = app;
    }

    /** Empties the database, imports the bundled dataset and starts the app with {@code env}. */
    static ConsoleClient onDefaultDataset(Map<String, String> env) {
        TestNeo4j.reset();
        assertThat(Datasets.importInto(TestNeo4j.graph(), Datasets.bundled()).faults()).isEmpty();
        return new ConsoleClient(TestApp.start(TestNeo4j.graph(), "global-south-ai",
                TestNeo4j.mode().equals("embedded"), env));
    }

    TestApp app() {
        return app;
    }

    Response run(String query) {
        return run(query, Map.of(), null);
    }

    Response run(String query, Map<String, ?> params, Integer limit) {
        ObjectNode body = JSON.createObjectNode().put("query", query);
        body.set("params", JSON.valueToTree(params));
        if (limit != null) {
            body.put("limit", limit);
        }
        return post(body.toString());
    }

    Response post(String body) {
        return app.post("/api/cypher", body);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Node and relationship counts, to compare before and after a hostile statement. */
    static long[] counts() {
        return new long[] {TestNeo4j.count(NODES), TestNeo4j.count(RELATIONSHIPS)};
    }

    /** The graph has the counts it had, and the server still answers. */
    void assertUnchangedAndHealthy(long[] before) {
        assertThat(counts()).containsExactly(before);
        Response health = app.get("/api/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
        assertThat(run("RETURN 1 AS one").json().at("/rows/0/0").asInt()).isEqualTo(1);
    }

    static void assertProblem(Response response, int status, String detailFragment) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
        assertThat(response.json().path("detail").asText()).contains(detailFragment);
    }

    @Override
    public void close() {
        app.close();
    }
}
