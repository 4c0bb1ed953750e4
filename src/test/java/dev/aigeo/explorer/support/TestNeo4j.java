package dev.aigeo.explorer.support;

import dev.aigeo.explorer.dataset.TempFolders;
import dev.aigeo.explorer.graph.EmbeddedNeo4j;
import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.graph.Hardening;
import dev.aigeo.explorer.graph.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * One Neo4j for all integration tests of a run: a Testcontainers Neo4j 5.26 community when Docker is available,
 * otherwise the app's own embedded Neo4j. Both get the hardening settings of {@code neo4j/hardening.conf}, so the
 * same tests make the same assertions against either.
 */
public final class TestNeo4j {

    public static final String IMAGE = "neo4j:5.26-community";

    private static Graph graph;
    private static String mode;
    private static URI boltUri;
    private static EmbeddedNeo4j embedded;

    private TestNeo4j() {
    }

    public static synchronized Graph graph() {
        if (graph == null) {
            start();
        }
        return graph;
    }

    /** "testcontainers" or "embedded". */
    public static synchronized String mode() {
        graph();
        return mode;
    }

    public static synchronized URI boltUri() {
        graph();
        return boltUri;
    }

    /**
     * A new graph on the test database with its own time limit, reading as the served explorer does: path searches
     * in process when the database is embedded ({@link Graph#readingInProcess}). Close it.
     */
    public static synchronized Graph connect(Duration readTimeout) {
        graph();
        return asServed(Graph.connect(boltUri, "neo4j", null, "neo4j", readTimeout));
    }

    /** {@code connected}, reading path searches in process when the test database is embedded, as served. */
    private static Graph asServed(Graph connected) {
        return embedded == null ? connected : connected.readingInProcess(embedded.database("neo4j"));
    }

    /** Empties the database (schema stays) so a test class starts from nothing. */
    public static void reset() {
        graph().write(Duration.ofMinutes(1), tx -> tx.run("MATCH (n) DETACH DELETE n")
                .consume());
    }

    public static long count(String cypher) {
        return graph().read(cypher, Map.of(), rows -> rows.get(0).number("count"));
    }

    private static void start() {
        Runnable stop;
        if (DockerClientFactory.instance().isDockerAvailable()) {
            Neo4jContainer container = new Neo4jContainer(IMAGE).withoutAuthentication();
            Hardening.settings().forEach(container::withNeo4jConfig);
            container.start();
            boltUri = URI.create(container.getBoltUrl());
            mode = "testcontainers";
            stop = container::stop;
        } else {
            Path store = TempFolders.create("explorer-it-neo4j");
            EmbeddedNeo4j started = EmbeddedNeo4j.start(store, 0, null, "16m");
            embedded = started;
            boltUri = started.boltUri();
            mode = "embedded";
            stop = () -> {
                started.close();
                TempFolders.delete(store); // 14 MB a run otherwise left in /tmp
            };
        }
        Graph connected = Graph.connect(boltUri, "neo4j", null, "neo4j", Duration.ofSeconds(10));
        Schema.apply(connected);
        graph = asServed(connected);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            connected.close();
            stop.run();
        }));
    }
}
