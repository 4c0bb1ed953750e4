package dev.aigeo.explorer.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aigeo.explorer.dataset.Datasets;
import dev.aigeo.explorer.support.TestApp;
import dev.aigeo.explorer.support.TestApp.Response;
import dev.aigeo.explorer.support.TestNeo4j;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The app on the default dataset for one test class ({@code @RegisterExtension}), with helpers to post console
 * queries and to check that nothing changed.
 */
final class ConsoleClient implements BeforeAllCallback, AfterAllCallback {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String NODES = "MATCH (n) RETURN count(n) AS count";
    static final String RELATIONSHIPS = "MATCH ()-[r]->() RETURN count(r) AS count";

    private final Map<String, String> env;
    private TestApp app;

    private ConsoleClient(Map<String, String> env) {
        this.env = env;
    }

    /** Before the class: empties the database, imports the bundled dataset and starts the app with {@code env}. */
    static ConsoleClient onDefaultDataset(Map<String, String> env) {
        return new ConsoleClient(env);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        TestNeo4j.reset();
        assertThat(Datasets.importInto(TestNeo4j.graph(), Datasets.bundled()).faults()).isEmpty();
        app = TestApp.start(TestNeo4j.graph(), "global-south-ai", TestNeo4j.mode().equals("embedded"), env);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        app.close();
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
}
