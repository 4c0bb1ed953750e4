package dev.aigeo.explorer.bench;

import dev.aigeo.explorer.dataset.Datasets;
import dev.aigeo.explorer.dataset.TempFolders;
import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.support.TestApp;
import dev.aigeo.explorer.support.TestNeo4j;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * What the API benchmark measures: the app it asks over HTTP and the database behind it, read through the driver.
 * Either the test Neo4j with a dataset imported and the app started in this process, or a running explorer and
 * its Bolt port (e.g. serving a million-node store that takes too long to import inside a benchmark).
 */
final class BenchTarget implements AutoCloseable {

    /** For the benchmark's own queries (the hub, the sample): a full scan on a big graph. */
    private static final Duration SETUP_TIMEOUT = Duration.ofMinutes(10);

    private final String baseUrl;
    private final Graph graph;
    private final URI bolt;
    private final AuthToken auth;
    private final String description;
    private final AutoCloseable closeFirst;

    private BenchTarget(String baseUrl, Graph graph, URI bolt, AuthToken auth, String description,
            AutoCloseable closeFirst) {
        this.baseUrl = baseUrl;
        this.graph = graph;
        this.bolt = bolt;
        this.auth = auth;
        this.description = description;
        this.closeFirst = closeFirst;
    }

    /** The test Neo4j, emptied, with the settings' dataset imported, and the app on a random port. */
    static BenchTarget local(ApiBench.Settings settings) {
        return local(settings.nodes(), settings.relationships());
    }

    /** The test Neo4j, emptied, with the default dataset imported, and the app on a random port. */
    static BenchTarget bundled() {
        return local(0, 0);
    }

    /** The synthetic dataset of that size, or the default one when {@code nodes} is 0. */
    private static BenchTarget local(long nodes, long relationships) {
        Graph graph = TestNeo4j.graph();
        TestNeo4j.reset();
        long started = System.nanoTime();
        String dataset;
        if (nodes > 0) {
            Path work = TempFolders.create("api-bench");
            try {
                BenchSupport.importOrFail(graph, BenchSupport.synthetic(work, nodes, relationships));
            } finally {
                TempFolders.delete(work);
            }
            dataset = "synthetic";
        } else {
            BenchSupport.importOrFail(graph, Datasets.bundled());
            dataset = "global-south-ai";
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        TestApp app = TestApp.start(graph, dataset, TestNeo4j.mode().equals("embedded"));
        return new BenchTarget(app.url(""), graph, TestNeo4j.boltUri(), AuthTokens.none(),
                String.format(Locale.ROOT, "%s dataset imported in %.1f s, %s Neo4j", dataset, seconds,
                        TestNeo4j.mode()), app);
    }

    /** A running explorer at {@code server} whose database answers Bolt at {@code bolt}; nothing is imported. */
    static BenchTarget remote(String server, String bolt, String user, String password) {
        URI uri = URI.create(bolt);
        Graph graph = Graph.connect(uri, user, password, "neo4j", SETUP_TIMEOUT);
        AuthToken auth = password == null ? AuthTokens.none() : AuthTokens.basic(user, password);
        return new BenchTarget(server, graph, uri, auth, "the explorer at " + server + " (Neo4j at " + bolt + ")",
                graph);
    }

    String baseUrl() {
        return baseUrl;
    }

    Graph graph() {
        return graph;
    }

    Driver driver() {
        return GraphDatabase.driver(bolt, auth);
    }

    String description() {
        return description;
    }

    /** Entities and relationships in the database (count store). */
    String size() {
        return String.format(Locale.ROOT, "%,d entities, %,d relationships", count("MATCH (n:Entity) RETURN count(n)"),
                count("MATCH ()-[r]->() RETURN count(r)"));
    }

    private long count(String cypher) {
        return graph.read(cypher + " AS count", Map.of(), SETUP_TIMEOUT, rows -> rows.get(0).number("count"));
    }

    @Override
    public void close() throws Exception {
        closeFirst.close();
    }
}
