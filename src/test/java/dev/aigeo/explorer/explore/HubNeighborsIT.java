package dev.aigeo.explorer.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigeo.explorer.support.TestApp;
import dev.aigeo.explorer.support.TestNeo4j;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A hub with more neighbours than a filtered expansion counts: types come from the degree store and stay exact;
 * a label or date filter counts up to {@link NeighborsService#COUNTED_AMONG} and then says its total is a lower
 * bound.
 */
class HubNeighborsIT {

    private static final int PARTNERS = NeighborsService.COUNTED_AMONG + 50;
    private static final int HOSTED = 3;
    private static TestApp app;

    @BeforeAll
    static void start() {
        TestNeo4j.reset();
        TestNeo4j.graph().write(Duration.ofMinutes(2), tx -> tx.run("""
                CREATE (hub:Entity:Organization {id: 'org:hub', name: 'Hub'})
                WITH hub
                UNWIND range(1, $partners) AS i
                CREATE (hub)-[:PARTNERS_WITH {sources: []}]->(:Entity:Organization {id: 'org:' + i, name: 'Partner ' + i})
                WITH DISTINCT hub
                UNWIND range(1, $hosted) AS i
                CREATE (hub)-[:HOSTS {sources: []}]->(:Entity:Model {id: 'model:' + i, name: 'Model ' + i})""",
                Map.of("partners", PARTNERS, "hosted", HOSTED)).consume());
        app = TestApp.start(TestNeo4j.graph(), "synthetic-hub", TestNeo4j.mode().equals("embedded"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        "'', 10053, false",
        "types=PARTNERS_WITH, 10050, false",
        "types=HOSTS, 3, false",
        "types=HOSTS&asOf=2024-01-01, 3, false",
        "labels=Model, 3, false",
        "labels=Organization, 10000, true",
        "asOf=2024-01-01, 10000, true"})
    void totalsAreExactUnlessALabelOrDateFilterPassesTheCountingCap(String filter, long total, boolean lowerBound) {
        JsonNode answer = app.get("/api/entities/org:hub/neighbors?limit=5&" + filter).json();

        assertThat(answer.path("total").asLong()).isEqualTo(total);
        assertThat(answer.path("totalIsLowerBound").asBoolean()).isEqualTo(lowerBound);
        assertThat(answer.path("truncated").asBoolean()).isEqualTo(total > 5);
        assertThat(answer.path("edges").size()).isEqualTo((int) Math.min(total, 5));
    }
}
