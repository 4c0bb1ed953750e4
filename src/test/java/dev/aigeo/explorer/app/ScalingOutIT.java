package dev.aigeo.explorer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aigeo.explorer.dataset.Datasets;
import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.support.Fixtures;
import dev.aigeo.explorer.support.TestApp;
import dev.aigeo.explorer.support.TestNeo4j;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deployment the README's "Scaling out" describes, as far as one machine allows: app instances that share
 * nothing but the database, each with its own driver on a routing {@code neo4j://} URI, reads in read
 * transactions (so a cluster can send them to any member).
 */
class ScalingOutIT {

    private static final String TOKEN = "scale-out";
    private static Graph first;
    private static Graph second;
    private static TestApp one;
    private static TestApp two;

    @BeforeAll
    static void start() {
        TestNeo4j.reset();
        URI bolt = TestNeo4j.boltUri();
        URI routing = URI.create("neo4j://" + bolt.getHost() + ":" + bolt.getPort());
        first = Graph.connect(routing, "neo4j", null, "neo4j", Duration.ofSeconds(10));
        second = Graph.connect(routing, "neo4j", null, "neo4j", Duration.ofSeconds(10));
        assertThat(Datasets.importInto(first, Fixtures.dataset("fixture")).imported()).isTrue();
        boolean embedded = TestNeo4j.mode().equals("embedded");
        one = TestApp.start(first, "fixture", embedded, Map.of("ADMIN_TOKEN", TOKEN));
        two = TestApp.start(second, "fixture", embedded, Map.of("ADMIN_TOKEN", TOKEN));
    }

    @AfterAll
    static void stop() {
        one.close();
        two.close();
        first.close();
        second.close();
        TestNeo4j.graph().write("MATCH (s:Story) DETACH DELETE s", Map.of(), rows -> rows);
    }

    @Test
    void readsRunInReadTransactionsThroughTheRoutingDriver() {
        long entities = first.read("MATCH (n:Entity) RETURN count(n) AS count", Map.of(), rows -> rows.get(0).number("count"));
        assertThat(entities).isEqualTo(26);
        assertThatThrownBy(() -> first.read("CREATE (n:Probe) RETURN n", Map.of(), rows -> rows))
                .hasMessageContaining("read");
        assertThat(TestNeo4j.count("MATCH (n:Probe) RETURN count(n) AS count")).isZero();
    }

    @Test
    void whatOneInstanceWritesTheOtherServes() {
        String story = """
                {"title": "Shared between instances", "scenes": [
                  {"title": "One", "caption": "A scene.", "view": {"entities": ["gov:state-council"]}}]}""";
        var created = one.send(HttpRequest.newBuilder(URI.create(one.url("/api/stories")))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(story)).build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        var read = two.get("/api/stories/" + created.json().path("id").asText());

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().at("/scenes/0/title").asText()).isEqualTo("One");
        assertThat(two.get("/api/entities/gov:state-council").json().path("id").asText())
                .isEqualTo("gov:state-council");
    }
}
