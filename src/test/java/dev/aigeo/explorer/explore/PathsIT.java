package dev.aigeo.explorer.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigeo.explorer.dataset.Datasets;
import dev.aigeo.explorer.graph.GraphNode;
import dev.aigeo.explorer.support.Fixtures;
import dev.aigeo.explorer.support.TestApp;
import dev.aigeo.explorer.support.TestApp.Response;
import dev.aigeo.explorer.support.TestNeo4j;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ListAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Path search on a fixture whose answers are known (src/test/resources/datasets/paths). */
class PathsIT {

    private static TestApp app;

    @BeforeAll
    static void start() {
        TestNeo4j.reset();
        assertThat(Datasets.importInto(TestNeo4j.graph(), Fixtures.dataset("paths")).imported()).isTrue();
        app = TestApp.start(TestNeo4j.graph(), "paths", TestNeo4j.mode().equals("embedded"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static JsonNode paths(String query) {
        Response response = app.get("/api/paths?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<List<String>> nodeSequences(JsonNode answer) {
        List<List<String>> sequences = new ArrayList<>();
        answer.path("paths").forEach(p -> {
            List<String> ids = new ArrayList<>();
            p.path("nodes").forEach(n -> ids.add(n.asText()));
            sequences.add(ids);
        });
        return sequences;
    }

    @Test
    void allShortestReturnsBothPathsOfLengthTwoMostConfidentFirst() {
        JsonNode answer = paths("from=pol:p&to=region:r&mode=all-shortest");

        assertThat(nodeSequences(answer)).containsExactly(
                List.of("pol:p", "cloud:c", "region:r"),
                List.of("pol:p", "org:o", "region:r"));
        assertThat(answer.at("/paths/0/length").asInt()).isEqualTo(2);
        assertThat(answer.at("/paths/0/confidence").asDouble()).isGreaterThan(answer.at("/paths/1/confidence").asDouble());
        assertThat(answer.path("nodes")).hasSize(4);
        assertThat(answer.path("edges")).hasSize(4);
        assertThat(answer.path("cypher").asText()).as("searched from both ends").contains("allShortestPaths(");
    }

    @Test
    void shortestReturnsOnePathExplainedInASentenceWithCitations() {
        JsonNode answer = paths("from=pol:p&to=region:r");
        JsonNode path = answer.at("/paths/0");

        assertThat(path.path("edges").get(0).asText()).isEqualTo("pol:p|PROMOTES|cloud:c");
        assertThat(path.path("text").asText()).isEqualTo(
                "Policy P (2020) promotes Cloud C [Pub B 2025], which operates Region R (rr-1) [Pub B 2025].");
        assertThat(path.at("/hops/1/type").asText()).isEqualTo("OPERATES");
        assertThat(path.at("/hops/1/forward").asBoolean()).isTrue();
        String cited = path.at("/hops/1/sources/0").asText();
        assertThat(answer.path("sources")).as("each cited source once").hasSize(1);
        assertThat(answer.at("/sources/0/id").asText()).isEqualTo(cited);
        assertThat(answer.at("/sources/0/url").asText()).isEqualTo("https://example.org/b");
    }

    @Test
    void readsRelationshipsTravelledBackwardsAndDatasetPhrases() {
        JsonNode path = paths("from=country:x&to=gov:g&asOf=2021-06-01").at("/paths/0");

        assertThat(path.path("text").asText()).isEqualTo("Country X gives a share to Lab Two [Pub A 2024], "
                + "which is restricted by Gov G (2021 to 2022) [Pub A 2024; Pub B 2025].");
        assertThat(path.at("/hops/0/forward").asBoolean()).isFalse();
    }

    @Test
    void kShortestRanksByLengthThenConfidence() {
        JsonNode answer = paths("from=pol:p&to=region:r&mode=k-shortest&k=3&types=PROMOTES,OPERATES,PARTNERS_WITH");

        assertThat(nodeSequences(answer)).containsExactly(
                List.of("pol:p", "cloud:c", "region:r"),
                List.of("pol:p", "org:o", "region:r"),
                List.of("pol:p", "lab:l1", "cloud:c", "region:r"));
    }

    @Test
    void theDatabaseSendsBackOnlyThePathsTheModeKeepsInRankOrder() {
        String query = "from=pol:p&to=region:r&types=PROMOTES,OPERATES,PARTNERS_WITH";
        assertThat(pathsOfItsCypher(query + "&mode=k-shortest&k=2")).containsExactly(
                List.of("pol:p", "cloud:c", "region:r"),
                List.of("pol:p", "org:o", "region:r"));
        assertThat(pathsOfItsCypher(query + "&mode=k-shortest&k=3")).hasSize(3);
        assertThat(pathsOfItsCypher(query)).as("shortest: the more confident of the two")
                .containsExactly(List.of("pol:p", "cloud:c", "region:r"));
        assertThat(pathsOfItsCypher(query + "&mode=all-shortest")).hasSize(2);
    }

    /** The node ids of each path the API's own Cypher returns, run again as it says and read as the app reads it. */
    @SuppressWarnings("unchecked")
    private static List<List<String>> pathsOfItsCypher(String query) {
        JsonNode answer = paths(query);
        Map<String, Object> params = new HashMap<>(new ObjectMapper().convertValue(answer.path("params"), Map.class));
        params.put("maxHops", ((Number) params.get("maxHops")).longValue());
        String cypher = answer.path("cypher").asText();
        return TestNeo4j.graph().readTogether(tx -> FoundPaths.read(tx, cypher, params)).paths().stream()
                .map(path -> path.nodes().stream().map(GraphNode::id).toList()).toList();
    }

    @Test
    void aViaPatternForcesALongerPathThanThePlainShortest() {
        JsonNode answer = paths("from=pol:p&to=region:r&via=Policy,Lab,CloudRegion");

        assertThat(nodeSequences(answer)).containsExactly(List.of("pol:p", "lab:l1", "cloud:c", "region:r"));
        assertThat(answer.path("cypher").asText()).as("none of the shortest passes a Lab: met in the middle")
                .contains("UNWIND $middles").contains("allShortestPaths(").doesNotContain("ALL SHORTEST");
        assertThat(answer.at("/params/middles").toString()).isEqualTo("[\"lab:l1\"]");
        assertThat(pathsOfItsCypher("from=pol:p&to=region:r&via=Policy,Lab,CloudRegion"))
                .as("its Cypher, run again, gives the same").isEqualTo(nodeSequences(answer));
        assertThat(paths("from=pol:p&to=region:r&via=Government,Lab,CloudRegion").path("paths")).isEmpty();
    }

    @Test
    void aViaSearchMetInTheMiddleKeepsToTheDirectionTypesAndDate() {
        assertMetInTheMiddle("from=pol:p&to=region:r&via=Policy,Lab,CloudRegion&direction=out", List.of("lab:l1"))
                .containsExactly(List.of("pol:p", "lab:l1", "cloud:c", "region:r"));
        assertMetInTheMiddle("from=region:r&to=pol:p&via=CloudRegion,Lab,Policy&direction=out", List.of())
                .as("every hop against its direction").isEmpty();
        assertMetInTheMiddle("from=region:r&to=pol:p&via=CloudRegion,Lab,Policy", List.of("lab:l1"))
                .containsExactly(List.of("region:r", "cloud:c", "lab:l1", "pol:p"));
        assertMetInTheMiddle("from=pol:p&to=region:r&via=Policy,Lab,CloudRegion&types=PROMOTES,OPERATES", List.of())
                .as("Lab One reaches the cloud only as its partner").isEmpty();
        assertMetInTheMiddle("from=gov:g&to=country:x&via=Government,Lab,Country&asOf=2020-06-01", List.of("lab:l1"))
                .as("Lab Two is restricted only from 2021: the long way through Lab One").containsExactly(
                        List.of("gov:g", "pol:p", "lab:l1", "cloud:c", "region:r", "country:x"));
        assertMetInTheMiddle("from=gov:g&to=country:x&via=Government,Lab,Country&asOf=2019-06-01", List.of())
                .as("before Gov G issued Policy P").isEmpty();
        assertThat(nodeSequences(paths("from=gov:g&to=country:x&via=Government,Lab,Country&asOf=2021-06-01")))
                .containsExactly(List.of("gov:g", "lab:l2", "country:x"));
    }

    @Test
    void aViaSearchMetInTheMiddlePassesNoSource() {
        assertMetInTheMiddle("from=pol:s-start&to=country:s-end&via=Policy,Lab,Country&mode=all-shortest",
                List.of("lab:s-far")).as("not the Lab one hop from the end, behind a Source").containsExactly(
                        List.of("pol:s-start", "org:s-far1", "lab:s-far", "org:s-far2", "country:s-end"));
    }

    /** The answer came from the search that meets in the middle, through exactly {@code middles}; its paths. */
    private static ListAssert<List<String>> assertMetInTheMiddle(String query, List<String> middles) {
        JsonNode answer = paths(query);
        assertThat(answer.path("cypher").asText()).as(query).contains("UNWIND $middles");
        List<String> used = new ArrayList<>();
        answer.at("/params/middles").forEach(m -> used.add(m.asText()));
        assertThat(used).as(query).isEqualTo(middles);
        return assertThat(nodeSequences(answer));
    }

    @Test
    void whenEveryPathThroughTheNearestMiddleCrossesItselfThePatternsOwnSearchFindsALongerOne() {
        JsonNode answer = paths("from=gov:x-start&to=country:x-end&via=Government,Lab,Country&mode=all-shortest");

        assertThat(nodeSequences(answer)).as("not start, hub, Lab beside the hub, hub again, end").containsExactly(
                List.of("gov:x-start", "org:x-long1", "lab:x-long", "org:x-long2", "org:x-long3", "country:x-end"));
        assertThat(answer.path("cypher").asText()).contains("ALL SHORTEST");
    }

    @Test
    void aViaPatternThatOneOfTheShortestFollowsIsAnsweredByTheSearchFromBothEnds() {
        JsonNode all = paths("from=pol:p&to=region:r&via=Policy,Organization,CloudRegion&mode=all-shortest");
        JsonNode shortest = paths("from=pol:p&to=region:r&via=Policy,Organization,CloudRegion");

        assertThat(nodeSequences(all)).as("the less confident of the two shortest, the only one through an Organization")
                .containsExactly(List.of("pol:p", "org:o", "region:r"));
        assertThat(nodeSequences(shortest)).isEqualTo(nodeSequences(all));
        assertThat(all.path("cypher").asText()).contains("allShortestPaths(").doesNotContain("ALL SHORTEST");
        assertThat(pathsOfItsCypher("from=pol:p&to=region:r&via=Policy,Organization,CloudRegion&mode=all-shortest"))
                .as("its Cypher, run again, gives the same").isEqualTo(nodeSequences(all));
        JsonNode four = paths("from=pol:p&to=country:x&via=Policy,Organization,CloudRegion,Country&mode=all-shortest");
        assertThat(nodeSequences(four)).as("a pattern of four labels, matched in order")
                .containsExactly(List.of("pol:p", "org:o", "region:r", "country:x"));
        assertThat(four.path("cypher").asText()).contains("allShortestPaths(");
        assertThat(paths("from=pol:p&to=country:x&via=Policy,CloudRegion,Organization,Country").path("paths"))
                .as("the same labels out of order").isEmpty();
    }

    @Test
    void typesAndDirectionLimitTheSearch() {
        assertThat(nodeSequences(paths("from=pol:p&to=region:r&types=PROMOTES,PARTNERS_WITH,OPERATES&mode=all-shortest")))
                .hasSize(2);
        assertThat(paths("from=pol:p&to=region:r&types=PROMOTES").path("paths")).isEmpty();
        assertThat(paths("from=region:r&to=pol:p&direction=out").path("paths")).isEmpty();
        assertThat(nodeSequences(paths("from=pol:p&to=region:r&direction=out"))).hasSize(1);
    }

    @Test
    void aPathExistsOnlyWhileItsRelationshipsAreValid() {
        String query = "from=gov:g&to=country:x&types=RESTRICTS,DOWNLOAD_SHARE&asOf=";
        assertThat(paths(query + "2021-06-01").path("paths")).hasSize(1);
        assertThat(paths(query + "2022-12-31").path("paths")).as("until 2022 lasts to its end").hasSize(1);
        assertThat(paths(query + "2023-01-01").path("paths")).isEmpty();
        assertThat(paths(query + "2020-12-31").path("paths")).isEmpty();
        assertThat(paths("from=gov:g&to=country:x&types=RESTRICTS,DOWNLOAD_SHARE").path("paths")).hasSize(1);
    }

    @Test
    void entitiesThatDidNotExistYetAreNotOnPaths() {
        assertThat(paths("from=gov:g&to=cloud:c&asOf=2019-06-01").path("paths")).isEmpty();
        assertThat(paths("from=gov:g&to=cloud:c&asOf=2020-06-01").path("paths")).hasSize(1);
    }

    @Test
    void pathsNeverVisitAnEntityTwice() {
        JsonNode answer = paths("from=org:k1&to=org:k2&mode=all-shortest&maxHops=4"
                + "&via=Organization,Organization,Organization,Organization,Organization");

        assertThat(answer.path("paths")).isNotEmpty();
        nodeSequences(answer).forEach(ids -> assertThat(ids).doesNotHaveDuplicates());
    }

    @Test
    void noPathIsAnEmptyList() {
        JsonNode answer = paths("from=org:k1&to=country:x&maxHops=2");
        assertThat(answer.path("paths")).isEmpty();
        assertThat(answer.path("cypher").asText()).contains("allShortestPaths(");
    }

    @Test
    void badRequestsAreProblemDetails() {
        assertProblem("from=pol:p", 400, "to is required");
        assertProblem("from=pol:p&to=region:r&maxHops=11", 400, "maxHops must be a whole number between 1 and 10");
        assertProblem("from=pol:p&to=region:r&maxHops=0", 400, "between 1 and 10");
        assertProblem("from=pol:p&to=region:r&k=21&mode=k-shortest", 400, "k must be a whole number between 1 and 20");
        assertProblem("from=pol:p&to=region:r&mode=longest", 400, "mode must be one of");
        assertProblem("from=pol:p&to=region:r&via=Policy,Unicorn", 400, "unknown label 'Unicorn'");
        assertProblem("from=pol:p&to=region:r&via=Policy", 400, "via needs at least two labels");
        assertProblem("from=pol:p&to=region:r&via=Policy,Lab,CloudRegion&maxHops=1", 400,
                "via Policy,Lab,CloudRegion needs at least 2 hops, one per label after the first; maxHops is 1");
        assertProblem("from=pol:p&to=region:r&types=OWNS", 400, "unknown relationship type 'OWNS'");
        assertProblem("from=pol:p&to=region:r&asOf=2024-13-01", 400, "asOf: not a valid date");
        assertProblem("from=pol:p&to=region:r&direction=in", 400, "direction must be one of both, out");
        assertProblem("from=pol:nope&to=region:r", 404, "no entity with id 'pol:nope'");
    }

    private static void assertProblem(String query, int status, String detail) {
        Response response = app.get("/api/paths?" + query);
        assertThat(response.status()).as(query).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asText()).contains(detail);
    }
}
