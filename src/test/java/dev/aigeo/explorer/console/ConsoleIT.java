package dev.aigeo.explorer.console;

import static dev.aigeo.explorer.console.ConsoleClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigeo.explorer.support.TestApp.Response;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code POST /api/cypher} on the default dataset: tables, graph payloads, parameters, caps and bad requests. */
class ConsoleIT {

    @RegisterExtension
    static final ConsoleClient console = ConsoleClient.onDefaultDataset(Map.of());

    /** The ids of Cytoscape elements. */
    private static List<String> ids(JsonNode elements) {
        return values(elements, "/data/id");
    }

    private static List<String> values(JsonNode array, String pointer) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.at(pointer).asText()));
        return values;
    }

    @Test
    void answersWithColumnsRowsOfIdsAndNamesAndTheGraph() {
        Response response = console.run("""
                MATCH (lab:Lab {id: 'lab:deepseek'})-[develops:DEVELOPS]->(model:Model {id: 'model:deepseek-r1'})
                RETURN lab, develops, model.name AS name, model.released AS released""");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode answer = response.json();
        assertThat(answer.path("columns").toString()).isEqualTo("[\"lab\",\"develops\",\"name\",\"released\"]");
        JsonNode row = answer.at("/rows/0");
        assertThat(row.get(0).toString()).isEqualTo("{\"id\":\"lab:deepseek\",\"label\":\"Lab\",\"name\":\"DeepSeek\"}");
        assertThat(row.get(1).toString()).isEqualTo("{\"id\":\"lab:deepseek|DEVELOPS|model:deepseek-r1\","
                + "\"type\":\"DEVELOPS\",\"source\":\"lab:deepseek\",\"target\":\"model:deepseek-r1\"}");
        assertThat(row.get(2).asText()).isEqualTo("DeepSeek-R1");
        assertThat(row.get(3).asText()).isEqualTo("2025-01-20");
        assertThat(ids(answer.at("/graph/nodes"))).containsExactlyInAnyOrder("lab:deepseek", "model:deepseek-r1");
        JsonNode edge = answer.at("/graph/edges/0/data");
        assertThat(edge.path("id").asText()).isEqualTo("lab:deepseek|DEVELOPS|model:deepseek-r1");
        assertThat(edge.path("sources")).isNotEmpty();
        assertThat(edge.path("confidence").asText()).isNotBlank();
        assertThat(answer.path("truncated").asBoolean()).isFalse();
        assertThat(answer.at("/summary/queryType").asText()).isEqualTo("READ_ONLY");
        assertThat(answer.at("/summary/timeMs").isIntegralNumber()).isTrue();
    }

    @Test
    void aPathBecomesItsNodesAndRelationshipsInTheTableAndTheGraph() {
        JsonNode answer = console.run("""
                MATCH path = (:Policy {id: 'policy:us-advanced-computing-controls-2023'})-[:TARGETS]->(:Country)
                      <-[:HEADQUARTERED_IN]-(:CloudProvider {id: 'cloud:alibaba-cloud'})
                      -[:OPERATES]->(:CloudRegion {id: 'region:alibaba-ap-southeast-5'})
                RETURN path""").json();

        JsonNode path = answer.at("/rows/0/0");
        assertThat(path.path("length").asInt()).isEqualTo(3);
        assertThat(values(path.path("nodes"), "/id")).containsExactly("policy:us-advanced-computing-controls-2023",
                "country:cn", "cloud:alibaba-cloud", "region:alibaba-ap-southeast-5");
        assertThat(path.at("/relationships/1/id").asText()).isEqualTo("cloud:alibaba-cloud|HEADQUARTERED_IN|country:cn");
        assertThat(ids(answer.at("/graph/nodes"))).containsExactlyInAnyOrder("policy:us-advanced-computing-controls-2023",
                "country:cn", "cloud:alibaba-cloud", "region:alibaba-ap-southeast-5");
        assertThat(ids(answer.at("/graph/edges"))).containsExactlyInAnyOrder(
                "policy:us-advanced-computing-controls-2023|TARGETS|country:cn",
                "cloud:alibaba-cloud|HEADQUARTERED_IN|country:cn",
                "cloud:alibaba-cloud|OPERATES|region:alibaba-ap-southeast-5");
        JsonNode region = answer.at("/graph/nodes").findParent("code");
        assertThat(region.path("label").asText()).isEqualTo("CloudRegion");
        assertThat(region.path("code").asText()).isEqualTo("ap-southeast-5");
        JsonNode operates = answer.at("/graph/edges").findValues("data").stream()
                .filter(d -> d.path("type").asText().equals("OPERATES")).findFirst().orElseThrow();
        assertThat(operates.path("source").asText()).isEqualTo("cloud:alibaba-cloud");
        assertThat(operates.path("since").asText()).isEqualTo("2018");
    }

    @Test
    void aRelationshipAloneBringsItsEndpointsIntoTheGraph() {
        JsonNode answer = console.run("""
                MATCH (:Government {id: 'gov:kr-pipc'})-[restriction:RESTRICTS]->(:Model {id: 'model:deepseek-r1'})
                RETURN restriction""").json();

        assertThat(answer.at("/rows/0/0/source").asText()).isEqualTo("gov:kr-pipc");
        assertThat(answer.at("/rows/0/0/target").asText()).isEqualTo("model:deepseek-r1");
        assertThat(ids(answer.at("/graph/nodes"))).containsExactlyInAnyOrder("gov:kr-pipc", "model:deepseek-r1");
        assertThat(ids(answer.at("/graph/edges"))).containsExactly("gov:kr-pipc|RESTRICTS|model:deepseek-r1");
    }

    @Test
    void findsNodesInsideListsAndMapsAndKeepsBookkeepingOutOfTheGraph() {
        JsonNode answer = console.run("""
                MATCH (lab:Lab {id: 'lab:deepseek'})-[:DEVELOPS]->(model:Model)
                WITH lab, collect(model)[..2] AS models
                MATCH (info:DatasetInfo)
                RETURN {lab: lab, models: models} AS found, info""").json();

        assertThat(answer.at("/rows/0/0/lab/id").asText()).isEqualTo("lab:deepseek");
        assertThat(answer.at("/rows/0/0/models")).hasSize(2);
        assertThat(answer.at("/rows/0/1/label").asText()).isEqualTo("DatasetInfo");
        assertThat(ids(answer.at("/graph/nodes"))).hasSize(3).contains("lab:deepseek")
                .allMatch(id -> id.startsWith("lab:") || id.startsWith("model:"));
    }

    @Test
    void takesParametersIncludingDates() {
        JsonNode answer = console.run("""
                MATCH (model:Model)
                WHERE model.released >= $from AND model.openWeights = $open
                RETURN $from AS from, $from + duration('P1M') AS monthLater, count(model) AS models,
                       point({x: 1.5, y: 2}) AS point, $names AS names""",
                Map.of("from", Map.of("$date", "2025-01-01"), "open", true, "names", List.of("a", "b")), null).json();

        JsonNode row = answer.at("/rows/0");
        assertThat(row.get(0).asText()).isEqualTo("2025-01-01");
        assertThat(row.get(1).asText()).isEqualTo("2025-02-01");
        assertThat(row.get(2).asLong()).isPositive();
        assertThat(row.get(3).toString()).isEqualTo("{\"srid\":7203,\"x\":1.5,\"y\":2.0}");
        assertThat(row.get(4).toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(console.run("RETURN $d AS d", Map.of("d", "2025-01-01"), null).json().at("/rows/0/0").asText())
                .as("a date-like string stays a string").isEqualTo("2025-01-01");
        assertThat(console.run("RETURN $d.year AS year", Map.of("d", Map.of("$date", "2025-01-01")), null)
                .json().at("/rows/0/0").asInt()).isEqualTo(2025);
    }

    @Test
    void stopsAtTheRowLimitAndSaysTheResultWasTruncated() {
        JsonNode capped = console.run("UNWIND range(1, 100000000) AS n RETURN n", Map.of(), 5).json();
        assertThat(capped.path("rows")).hasSize(5);
        assertThat(capped.path("truncated").asBoolean()).isTrue();

        JsonNode exact = console.run("UNWIND range(1, 5) AS n RETURN n", Map.of(), 5).json();
        assertThat(exact.path("rows")).hasSize(5);
        assertThat(exact.path("truncated").asBoolean()).isFalse();

        JsonNode byDefault = console.run("UNWIND range(1, 1500) AS n RETURN n").json();
        assertThat(byDefault.path("rows")).hasSize(1000);
        assertThat(byDefault.path("truncated").asBoolean()).isTrue();
    }

    @Test
    void aQueryThatNeedsTooMuchMemoryIsStoppedWithA422() {
        long[] before = ConsoleClient.counts();

        assertProblem(console.run("""
                UNWIND range(1, 1000) AS i
                RETURN size(collect(reduce(s = toString(i), j IN range(1, 20) | s + s))) AS strings"""),
                422, "more memory than a console query may use");

        console.assertUnchangedAndHealthy(before);
    }

    @Test
    void aSyntaxErrorIsA400WithNeo4jsMessageAndThePosition() {
        Response response = console.run("MATCH (n:Lab)\nRETURN m.name");

        assertProblem(response, 400, "Variable `m` not defined (line 2, column 8 (offset: 21))");
        assertThat(response.json().path("line").asInt()).isEqualTo(2);
        assertThat(response.json().path("column").asInt()).isEqualTo(8);
        assertThat(response.json().path("offset").asInt()).isEqualTo(21);
        assertThat(response.json().path("code").asText()).isEqualTo("Neo.ClientError.Statement.SyntaxError");
        assertThat(response.body()).doesNotContain("EXPLAIN").doesNotContain("\\n\"");

        Response typo = console.run("RETRN 1");
        assertProblem(typo, 400, "Invalid input 'RETRN'");
        assertThat(typo.json().path("line").asInt()).isEqualTo(1);
        assertThat(typo.json().path("column").asInt()).isEqualTo(1);
    }

    @Test
    void anErrorWhileRunningIsA400Too() {
        assertProblem(console.run("UNWIND [1, 0] AS x RETURN 1 / x AS y"), 400, "/ by zero");
        assertProblem(console.run("MATCH (n:Lab {id: $id}) RETURN n"), 400, "Expected parameter(s): id");
    }

    @Test
    void readsCommentsAndSemicolonsInsideStringsAsTheyAre() {
        JsonNode answer = console.run("// a comment; with a semicolon\nRETURN 'a;b' AS s /* ; */, 1 AS one;").json();

        assertThat(answer.at("/rows/0/0").asText()).isEqualTo("a;b");
    }

    @Test
    void refusesMalformedRequestsWithProblemDetails() {
        assertProblem(console.post("{\"query\": "), 400, "not valid JSON");
        assertProblem(console.post("{}"), 400, "query is required");
        assertProblem(console.post("{\"query\": [\"MATCH\"]}"), 400, "query must be a string");
        assertProblem(console.run("RETURN 1", Map.of(), 0), 400, "limit must be a whole number between 1 and 5000");
        assertProblem(console.run("RETURN 1", Map.of(), 5001), 400, "between 1 and 5000");
        assertProblem(console.post("{\"query\": \"RETURN 1\", \"params\": \"x\"}"), 400, "params must be a JSON object");
    }

    @Test
    void refusesBodiesOverTheLimitAlsoWhenChunked() {
        String huge = "{\"query\": \"RETURN 1\", \"params\": {\"x\": \"" + "a".repeat(1_100_000) + "\"}}";
        // Expect: 100-continue, as a careful client sends a big body: without it the server's early 413 and its
        // closing the connection race the upload, and the client may see a reset instead of the answer.
        assertProblem(console.app().send(HttpRequest.newBuilder(URI.create(console.app().url("/api/cypher")))
                .header("Content-Type", "application/json")
                .expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofString(huge))
                .build()), 413, "");

        byte[] chunk = "a".repeat(64 * 1024).getBytes();
        InputStream chunked = new InputStream() {
            private final Iterator<Integer> chunks = java.util.stream.IntStream.range(0, 40).iterator();
            private int position = chunk.length;

            @Override
            public int read() {
                if (position == chunk.length) {
                    if (!chunks.hasNext()) {
                        return -1;
                    }
                    chunks.next();
                    position = 0;
                }
                return chunk[position++];
            }
        };
        Response response = console.app().send(HttpRequest.newBuilder(URI.create(console.app().url("/api/cypher")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> chunked))
                .build());
        assertProblem(response, 413, "");
    }
}
