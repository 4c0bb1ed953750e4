package dev.aigeo.explorer.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigeo.explorer.dataset.Datasets;
import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.support.TestApp;
import dev.aigeo.explorer.support.TestNeo4j;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Path searches are never unbounded: on a complete graph of 30 labs, twenty groups of shortest paths up to ten
 * hops means more paths than any machine can list (29^10 of length ten alone), so the search must be stopped at
 * the query timeout (QUERY_TIMEOUT_SECONDS, here 5 ms: the server's Graph is connected with it) and answered
 * with 504 — in about that time, not when the search would end.
 */
class PathTimeoutIT {

    private static final int LABS = 30;

    @TempDir
    Path dir;

    /** Through the driver, and as the served explorer reads (in process when the database is embedded). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"driver", "as served"})
    void anExplosivePathSearchIsStoppedAtTheQueryTimeoutWith504(String reads)
            throws IOException, InterruptedException {
        TestNeo4j.reset();
        assertThat(Datasets.importInto(TestNeo4j.graph(), completeGraph()).imported()).isTrue();
        Duration limit = Duration.ofMillis(5);
        try (Graph graph = reads.equals("driver")
                        ? Graph.connect(TestNeo4j.boltUri(), "neo4j", null, "neo4j", limit)
                        : TestNeo4j.connect(limit);
                TestApp app = TestApp.start(graph, "complete", TestNeo4j.mode().equals("embedded"))) {
            long started = System.nanoTime();

            TestApp.Response answer = app.get("/api/paths?from=lab:a&to=lab:b&mode=k-shortest&k=20&maxHops=10");

            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(answer.status()).as(answer.body()).isEqualTo(504);
            assertThat(answer.json().path("detail").asText()).contains("took longer than");
            assertThat(millis).as("answered near the timeout, not when the search would end").isLessThan(15_000);
            assertThat(stillRunning()).as("the search was stopped in the database, not only abandoned").isZero();
        }
    }

    /** Path searches still running in the database, a few seconds after the answer at most. */
    private static long stillRunning() throws InterruptedException {
        long running = 0;
        for (int attempt = 0; attempt < 50; attempt++) {
            running = TestNeo4j.count("""
                    SHOW TRANSACTIONS YIELD currentQuery
                    WHERE currentQuery CONTAINS 'SHORTEST 20 GROUPS' AND NOT currentQuery STARTS WITH 'SHOW'
                    RETURN count(*) AS count""");
            if (running == 0) {
                return 0;
            }
            Thread.sleep(100);
        }
        return running;
    }

    private Path completeGraph() throws IOException {
        Path folder = dir.resolve("complete");
        Files.createDirectories(folder.resolve("nodes"));
        Files.createDirectories(folder.resolve("relationships"));
        StringBuilder nodes = new StringBuilder("id:ID,:LABEL,name,url\nsrc:s,Source,A source,https://example.org/s\n");
        nodes.append("lab:a,Lab,Leaf A,\nlab:b,Lab,Leaf B,\n");
        StringBuilder relationships = new StringBuilder(
                ":START_ID,:END_ID,:TYPE,sources:string[]\nlab:a,lab:0,PARTNERS_WITH,src:s\nlab:b,lab:0,PARTNERS_WITH,src:s\n");
        for (int i = 0; i < LABS; i++) {
            nodes.append("lab:").append(i).append(",Lab,Lab ").append(i).append(",\n");
            for (int j = i + 1; j < LABS; j++) {
                relationships.append("lab:").append(i).append(",lab:").append(j).append(",PARTNERS_WITH,src:s\n");
            }
        }
        Files.writeString(folder.resolve("nodes/nodes.csv"), nodes);
        Files.writeString(folder.resolve("relationships/partners.csv"), relationships);
        return folder;
    }
}
