package dev.aigeo.explorer.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigeo.explorer.dataset.Datasets;
import dev.aigeo.explorer.graph.AdHocCypher;
import dev.aigeo.explorer.graph.PlanSummary;
import dev.aigeo.explorer.support.TestApp;
import dev.aigeo.explorer.support.TestNeo4j;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * EXPLAINs the Cypher behind every read endpoint (taken from the API itself, with {@code explain=true}) and fails
 * on a label scan or an all-nodes scan: each starts from an index seek on {@code Entity.id} or the full-text
 * index, so its cost follows what it returns, not the size of the graph.
 */
class QueryPlansIT {

    private static final List<String> SCANS = List.of("AllNodesScan", "NodeByLabelScan", "DirectedAllRelationshipsScan",
            "UndirectedAllRelationshipsScan", "DirectedRelationshipTypeScan", "UndirectedRelationshipTypeScan");
    private static TestApp app;

    @BeforeAll
    static void start() {
        TestNeo4j.reset();
        assertThat(Datasets.importInto(TestNeo4j.graph(), Datasets.bundled()).imported()).isTrue();
        app = TestApp.start(TestNeo4j.graph(), "global-south-ai", TestNeo4j.mode().equals("embedded"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "/api/search?q=deeps&explain=true",
        "/api/search?q=jakarta&labels=CloudRegion&explain=true",
        "/api/entities/lab:deepseek?explain=true",
        "/api/entities/country:id/neighbors?explain=true",
        "/api/entities/country:id/neighbors?direction=in&types=LOCATED_IN&labels=CloudRegion&asOf=2024-01-01&explain=true",
        "/api/paths?from=policy:cn-ai-plus-2025&to=country:id",
        "/api/paths?from=policy:cn-ai-plus-2025&to=country:id&mode=k-shortest&k=3&via=Policy,CloudProvider,Country",
        "/api/paths?from=gov:kr-pipc&to=license:mit&mode=all-shortest&asOf=2025-06-01&direction=out"})
    void startsFromAnIndexAndNeverScans(String request) {
        JsonNode answer = app.get(request).json();
        String cypher = answer.path("cypher").asText();
        assertThat(cypher).as("the API returns its Cypher").isNotBlank();

        PlanSummary plan = new AdHocCypher(TestNeo4j.graph(), Duration.ofSeconds(10)).explain(cypher, params(answer));

        List<String> operators = plan.operators().stream().map(PlanSummary.Operator::type).toList();
        assertThat(operators).as(cypher).doesNotContainAnyElementsOf(SCANS);
        assertThat(operators).as(cypher).anyMatch(op -> op.startsWith("NodeUniqueIndexSeek") || op.equals("ProcedureCall"));
    }

    @org.junit.jupiter.api.Test
    void aNeighbourTotalComesFromTheDegreeStoreUnlessLabelsOrADateFilterIt() {
        String plain = planText("/api/entities/cloud:alibaba-cloud/neighbors?explain=true");
        String typed = planText("/api/entities/cloud:alibaba-cloud/neighbors?types=OPERATES,HOSTS&explain=true");
        String dated = planText("/api/entities/cloud:alibaba-cloud/neighbors?types=OPERATES&asOf=2024&explain=true");
        String labelled = planText("/api/entities/cloud:alibaba-cloud/neighbors?labels=CloudRegion&explain=true");

        assertThat(plain).as("the count of a hub's relationships without walking them").contains("getDegree(");
        assertThat(typed).contains("getDegree(").contains(":HOSTS|OPERATES");
        assertThat(dated).doesNotContain("getDegree(").as("only the relationships of the type are read")
                .contains("[r:OPERATES]");
        assertThat(labelled).doesNotContain("getDegree(");
    }

    /**
     * The queries of a via search that meets in the middle, which the API does not return one by one: the ends'
     * degrees and the paths through the middles found start from the id index; a ball's next layer and the
     * neighbours of labelled entities start from the node ids the ends query answered (a seek by node id).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"both", "out", "out, typed, as of 2024"})
    void aSearchThatMeetsInTheMiddleSeeksEveryEntityItStartsFrom(String variant) {
        PathRequest request = new PathRequest("policy:cn-ai-plus-2025", "country:id", PathRequest.Mode.ALL_SHORTEST, 1,
                6, variant.startsWith("out"), List.of("Policy", "Lab", "Country"),
                variant.contains("typed") ? List.of("PROMOTES", "LOCATED_IN") : null,
                variant.contains("2024") ? LocalDate.of(2024, 1, 1) : null);
        Map<String, Object> params = new HashMap<>(PathQuery.params(request));
        params.putAll(Map.of("ids", List.of(0L, 1L), "opposite", 2L, "label", "Lab",
                "middles", List.of("lab:deepseek")));
        Map<String, List<String>> queriesBySeek = Map.of(
                "NodeUniqueIndexSeek", List.of(Ball.endsQuery(request), PathQuery.throughMiddlesCypher(request)),
                "NodeByIdSeek", List.of(Ball.layerQuery(Ball.Growth.FORWARD, request),
                        Ball.layerQuery(Ball.Growth.EITHER_WAY, request),
                        Ball.neighboursQuery(Ball.Growth.BACKWARD, request),
                        Ball.neighboursQuery(Ball.Growth.EITHER_WAY, request)));
        queriesBySeek.forEach((seek, queries) -> {
            for (String cypher : queries) {
                List<String> operators = new AdHocCypher(TestNeo4j.graph(), Duration.ofSeconds(10))
                        .explain(cypher, params).operators().stream().map(PlanSummary.Operator::type).toList();
                assertThat(operators).as(cypher).doesNotContainAnyElementsOf(SCANS).anyMatch(op -> op.startsWith(seek));
            }
        });
    }

    @org.junit.jupiter.api.Test
    void aPathSearchReadsOnlyTheRelationshipTypesItAllows() {
        assertThat(planText("/api/paths?from=policy:cn-ai-plus-2025&to=country:id&types=PROMOTES,OPERATES,LOCATED_IN"))
                .contains(":LOCATED_IN|OPERATES|PROMOTES");
        assertThat(planText("/api/paths?from=policy:cn-ai-plus-2025&to=country:id&mode=k-shortest&k=2"
                + "&types=PROMOTES,OPERATES,LOCATED_IN")).as("the search's own step, not a filter after it")
                .contains("r0:LOCATED_IN:OPERATES:PROMOTES");
    }

    @org.junit.jupiter.api.Test
    void anUndatedQueryHoldsNoDateConditionsForThePlannerToWorkThrough() {
        for (String request : List.of("/api/entities/cloud:alibaba-cloud/neighbors?types=OPERATES",
                "/api/paths?from=policy:cn-ai-plus-2025&to=country:id",
                "/api/paths?from=policy:cn-ai-plus-2025&to=country:id&mode=k-shortest&k=2&via=Policy,CloudProvider,Country")) {
            String separator = request.contains("?") ? "&" : "?";
            assertThat(app.get(request + separator + "explain=true").json().path("cypher").asText()).as(request)
                    .doesNotContain("$asOf").doesNotContain(".since");
            assertThat(app.get(request + separator + "asOf=2024&explain=true").json().path("cypher").asText())
                    .as(request + " as of 2024").contains("$asOf").contains(".since");
        }
    }

    private static String planText(String request) {
        JsonNode answer = app.get(request).json();
        PlanSummary plan = new AdHocCypher(TestNeo4j.graph(), Duration.ofSeconds(10))
                .explain(answer.path("cypher").asText(), params(answer));
        return plan.operators().stream().map(o -> o.type() + " " + o.details()).reduce("", (x, y) -> x + "\n" + y);
    }

    @org.junit.jupiter.api.Test
    void seesAScanWhenThereIsOne() {
        PlanSummary plan = new AdHocCypher(TestNeo4j.graph(), Duration.ofSeconds(10))
                .explain("MATCH (n:Entity) WHERE n.description = $text RETURN n", Map.of("text", "x"));

        assertThat(plan.operators().stream().map(PlanSummary.Operator::type)).containsAnyElementsOf(SCANS);
    }

    /** The parameters as the API ran them (asOf back to a date). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> params(JsonNode answer) {
        Map<String, Object> params = new HashMap<>(new ObjectMapper().convertValue(answer.path("params"), Map.class));
        if (params.get("asOf") instanceof String date) {
            params.put("asOf", LocalDate.parse(date));
        }
        return params;
    }
}
