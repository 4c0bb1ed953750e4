package dev.aigeo.explorer.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aigeo.explorer.support.TestNeo4j;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchemaIT {

    private final Graph graph = TestNeo4j.graph();

    @BeforeEach
    void emptyDatabase() {
        TestNeo4j.reset();
    }

    @Test
    void appliesConstraintAndIndexesAndCanBeAppliedAgain() {
        Schema.apply(graph);
        Schema.apply(graph);

        List<String> indexes = graph.read("SHOW INDEXES YIELD name, state RETURN collect(name + ':' + state) AS all",
                Map.of(), rows -> rows.get(0).strings("all"));
        assertThat(indexes).contains("entity_id:ONLINE", "entity_search:ONLINE", "entity_dataset:ONLINE",
                "dataset_info_name:ONLINE");
    }

    @Test
    void entityIdsAreUnique() {
        graph.write(Duration.ofSeconds(10), tx -> tx.run("CREATE (:Entity {id: 'lab:a', name: 'A'})").consume());

        assertThatThrownBy(() -> graph.write(Duration.ofSeconds(10),
                tx -> tx.run("CREATE (:Entity {id: 'lab:a', name: 'B'})").consume()))
                .hasMessageContaining("already exists");
    }

    @Test
    void aQueryPastItsTimeLimitIsStopped() {
        assertThatThrownBy(() -> graph.read("UNWIND range(1, 1000000000) AS i RETURN count(*) AS count", Map.of(),
                Duration.ofMillis(500), rows -> rows))
                .isInstanceOf(QueryTimeoutException.class)
                .hasMessageContaining("took longer than 0.5 s");
    }

    @Test
    void loadCsvCannotReadLocalFiles() {
        assertThatThrownBy(() -> graph.read("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN count(*) AS count",
                Map.of(), rows -> rows))
                .hasMessageContaining("allow_csv_import_from_file_urls");
    }

    @Test
    void loadCsvCannotReachTheNetwork() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(1_000);
            String url = "http://127.0.0.1:" + listener.getLocalPort() + "/x.csv";

            assertThatThrownBy(() -> graph.read("LOAD CSV FROM $url AS line RETURN count(*) AS count",
                    Map.of("url", url), rows -> rows)).hasMessageContaining("blocked");
            assertThatThrownBy(listener::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }
}
