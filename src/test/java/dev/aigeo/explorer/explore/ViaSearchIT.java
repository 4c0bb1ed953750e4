package dev.aigeo.explorer.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigeo.explorer.dataset.Datasets;
import dev.aigeo.explorer.dataset.TempFolders;
import dev.aigeo.explorer.generate.SyntheticDataset;
import dev.aigeo.explorer.support.TestApp;
import dev.aigeo.explorer.support.TestNeo4j;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A label pattern of three, answered by meeting in the middle ({@link ViaSearch}), against an exhaustive search:
 * on a synthetic graph with hubs, for random pairs and every label between them, the same shortest length and the
 * same paths as all simple paths of up to four hops that pass the label, with no Source inside (all of them when
 * there are no more than the search reads back).
 */
class ViaSearchIT {

    private static final int MAX_HOPS = 4;
    private static final List<String> LABELS = List.of("Organization", "Lab", "Model", "License", "Country",
            "Policy", "Person", "Government", "CloudRegion", "CloudProvider", "Event");
    private static TestApp app;

    /** One simple path the exhaustive search found: its node ids and the labels of its inner nodes. */
    private record Walk(List<String> ids, List<String> innerLabels) {
    }

    @BeforeAll
    static void start() {
        TestNeo4j.reset();
        Path folder = TempFolders.create("explorer-via-");
        new SyntheticDataset(400, 7).write(folder, 1_200);
        assertThat(Datasets.importInto(TestNeo4j.graph(), folder).imported()).isTrue();
        TempFolders.delete(folder);
        app = TestApp.start(TestNeo4j.graph(), "synthetic", TestNeo4j.mode().equals("embedded"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @ParameterizedTest(name = "direction={0}")
    @ValueSource(strings = {"both", "out"})
    void findsTheShortestPathsThroughALabelThatAnExhaustiveSearchFinds(String direction) {
        List<String> ids = TestNeo4j.graph().read(
                "MATCH (n:Entity) WHERE NOT n:Source RETURN n.id AS id ORDER BY id", Map.of(),
                rows -> rows.stream().map(row -> row.string("id")).toList());
        Random random = new Random(11);
        int metInTheMiddle = 0;
        int compared = 0;
        int withoutPath = 0;
        for (int pair = 0; pair < 30; pair++) {
            String from = ids.get(random.nextInt(ids.size()));
            List<String> near = pair % 2 == 0 ? List.of() : reachable(from, direction.equals("out"));
            String to = near.isEmpty() ? ids.get(random.nextInt(ids.size())) : near.get(random.nextInt(near.size()));
            if (from.equals(to)) {
                continue;
            }
            List<Walk> walks = exhaustive(from, to, direction.equals("out"));
            int plainShortest = walks.stream().mapToInt(w -> w.ids().size()).min().orElse(0);
            long plainShortestWalks = walks.stream().filter(w -> w.ids().size() == plainShortest).count();
            for (String label : LABELS) {
                List<Walk> through = shortestThrough(walks, label);
                Set<List<String>> expected = new HashSet<>(through.stream().map(Walk::ids).toList());
                JsonNode answer = app.get("/api/paths?mode=all-shortest&maxHops=" + MAX_HOPS + "&direction=" + direction
                        + "&from=" + from + "&to=" + to + "&via=" + labelOf(from) + "," + label + "," + labelOf(to))
                        .json();
                Set<List<String>> found = new HashSet<>();
                answer.path("paths").forEach(p -> found.add(sequence(p.path("nodes"))));
                boolean middles = answer.path("cypher").asText().contains("UNWIND $middles");
                String search = "%s → %s → %s (%s)".formatted(from, label, to, direction);
                assertThat(found).as(search).isSubsetOf(expected);
                assertThat(found.isEmpty()).as(search).isEqualTo(expected.isEmpty());
                boolean bothEnds = !middles && !answer.path("cypher").asText().contains("ALL SHORTEST");
                if ((bothEnds ? plainShortestWalks : through.size()) <= PathQuery.MAX_ROWS) {
                    assertThat(found).as(search + ": no more paths than the search reads back, so all of them")
                            .isEqualTo(expected);
                }
                compared++;
                withoutPath += expected.isEmpty() ? 1 : 0;
                metInTheMiddle += middles ? 1 : 0;
            }
        }
        assertThat(metInTheMiddle).as("searches answered by meeting in the middle").isGreaterThan(20);
        assertThat(withoutPath).as("searches with no path").isGreaterThan(5);
        assertThat(compared - withoutPath).as("searches with a path").isGreaterThan(10);
    }

    @Test
    void aSearchThatWouldReadMoreThanItsBudgetGivesUpRatherThanAnsweringNone() {
        List<String> ids = TestNeo4j.graph().read("""
                MATCH (a:Entity)-[*3]-(b:Entity)
                WHERE NOT a:Source AND NOT b:Source AND a.id < b.id
                  AND COUNT { (a)--() } >= 2 AND COUNT { (b)--() } >= 2
                RETURN a.id AS from, b.id AS to ORDER BY from, to LIMIT 1""", Map.of(),
                rows -> List.of(rows.get(0).string("from"), rows.get(0).string("to")));
        PathRequest request = new PathRequest(ids.get(0), ids.get(1), PathRequest.Mode.ALL_SHORTEST, 1, MAX_HOPS, false,
                List.of(labelOf(ids.get(0)), "Organization", labelOf(ids.get(1))), null, null);

        Optional<List<String>> gaveUp = TestNeo4j.graph().readTogether(tx -> ViaSearch.middles(tx, request, 1));
        Optional<List<String>> answered = TestNeo4j.graph().readTogether(tx -> ViaSearch.middles(tx, request));

        assertThat(gaveUp).as("not 'no path', which would be final").isEmpty();
        assertThat(answered).isPresent();
    }

    /** The entities up to three hops away, the way paths may go. */
    private static List<String> reachable(String from, boolean outgoingOnly) {
        return TestNeo4j.graph().read("""
                MATCH (:Entity {id: $from})-[*1..3]%s(b:Entity)
                WHERE NOT b:Source AND b.id <> $from
                RETURN DISTINCT b.id AS id ORDER BY id""".formatted(outgoingOnly ? "->" : "-"), Map.of("from", from),
                rows -> rows.stream().map(row -> row.string("id")).toList());
    }

    /** Every simple path of up to {@link #MAX_HOPS} hops with no Source inside, read by walking them all. */
    private static List<Walk> exhaustive(String from, String to, boolean outgoingOnly) {
        return TestNeo4j.graph().read("""
                MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
                MATCH p = (a)-[*1..%d]%s(b)
                WHERE all(n IN nodes(p)[1..-1] WHERE NOT n:Source)
                  AND all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
                RETURN [n IN nodes(p) | n.id] AS ids,
                  reduce(inner = [], n IN nodes(p)[1..-1] | inner + labels(n)) AS innerLabels"""
                .formatted(MAX_HOPS, outgoingOnly ? "->" : "-"), Map.of("from", from, "to", to),
                rows -> rows.stream().map(row -> new Walk(row.strings("ids"), row.strings("innerLabels"))).toList());
    }

    /** The shortest of the walks through {@code label}, each way over parallel relationships counted. */
    private static List<Walk> shortestThrough(List<Walk> walks, String label) {
        List<Walk> through = walks.stream().filter(w -> w.innerLabels().contains(label)).toList();
        int shortest = through.stream().mapToInt(w -> w.ids().size()).min().orElse(0);
        return through.stream().filter(w -> w.ids().size() == shortest).toList();
    }

    private static String labelOf(String id) {
        return LABELS.stream().filter(label -> id.startsWith(label.toLowerCase(java.util.Locale.ROOT) + ":"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no label for " + id));
    }

    private static List<String> sequence(JsonNode nodes) {
        List<String> ids = new ArrayList<>();
        nodes.forEach(n -> ids.add(n.asText()));
        return ids;
    }
}
