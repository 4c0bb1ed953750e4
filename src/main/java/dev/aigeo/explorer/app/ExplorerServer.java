package dev.aigeo.explorer.app;

import dev.aigeo.explorer.dataset.Datasets;
import dev.aigeo.explorer.dataset.Fault;
import dev.aigeo.explorer.dataset.FolderSource;
import dev.aigeo.explorer.graph.EmbeddedNeo4j;
import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.stories.BundledStories;
import dev.aigeo.explorer.stories.StoryService;
import io.javalin.Javalin;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running explorer: Neo4j (embedded or external), the driver, the web app and the start-up dataset load.
 * {@link #close()} stops them in reverse order (requests first, the embedded store last, cleanly).
 */
public final class ExplorerServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExplorerServer.class);

    /** The start-up dataset has faults; nothing was started. */
    public static final class DatasetRejected extends RuntimeException {
        private final List<Fault> faults;

        DatasetRejected(List<Fault> faults) {
            super("the dataset has " + faults.size() + " faults");
            this.faults = faults;
        }

        public List<Fault> faults() {
            return faults;
        }
    }

    private final EmbeddedNeo4j embedded;
    private final Graph graph;
    private final Javalin app;
    private final Thread loader;
    private final DatasetStatus status;

    private ExplorerServer(EmbeddedNeo4j embedded, Graph graph, Javalin app, Thread loader, DatasetStatus status) {
        this.embedded = embedded;
        this.graph = graph;
        this.app = app;
        this.loader = loader;
        this.status = status;
    }

    /**
     * Checks the start-up dataset (holding its ids, not its rows), then starts everything; the dataset loads in the
     * background.
     */
    public static ExplorerServer start(Config config) {
        Path folder = config.dataset() != null ? config.dataset() : Datasets.bundled();
        CompletableFuture<FolderSource.Checked> check = CompletableFuture.supplyAsync(() -> Datasets.check(folder));
        EmbeddedNeo4j embedded = config.embedded()
                ? EmbeddedNeo4j.start(config.dataDir(), config.boltPort(), config.neo4jPassword(), config.pageCacheSize())
                : null;
        FolderSource.Checked checked = check.join();
        if (!checked.faults().isEmpty()) {
            if (embedded != null) {
                embedded.close();
            }
            throw new DatasetRejected(checked.faults());
        }
        URI uri = embedded != null ? embedded.boltUri() : config.neo4jUri();
        Graph connected = Graph.connect(uri, config.neo4jUser(), config.neo4jPassword(), config.neo4jDatabase(),
                config.queryTimeout());
        Graph graph = embedded != null ? connected.readingInProcess(embedded.database(config.neo4jDatabase()))
                : connected;
        DatasetStatus status = new DatasetStatus();
        Javalin app = ExplorerApp.create(config, graph, status);
        Runnable afterLoad = () -> {
            if (config.dataset() == null) {
                int added = BundledStories.addMissing(new StoryService(graph, Clock.systemUTC()));
                LOG.info("{} bundled stories added", added);
            }
            warmUp(config, app.port());
        };
        Thread loader = new Thread(new StartupLoader(graph, checked.source(), status, afterLoad), "dataset-loader");
        app.start();
        loader.start();
        LOG.info("Explorer on http://{}:{}/ with Neo4j at {}", config.host(), app.port(), uri);
        return new ExplorerServer(embedded, graph, app, loader, status);
    }

    /**
     * Asks the first visit's requests once (see {@link Warmup}), so that the first visitor does not pay for them.
     * Whatever goes wrong here is logged: the dataset is in place and served either way.
     */
    private static void warmUp(Config config, int port) {
        boolean anyAddress = config.host().equals("0.0.0.0") || config.host().equals("::");
        String host = anyAddress ? "127.0.0.1" : config.host();
        List<Warmup.Step> steps;
        try {
            steps = new Warmup(URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port)).run();
        } catch (RuntimeException e) {
            LOG.warn("Warm-up skipped: {}", e.toString());
            return;
        }
        long failed = steps.stream().filter(step -> step.status() != 200).count();
        LOG.info("Warmed up: {} requests in {} ms{}", steps.size(), steps.stream().mapToLong(Warmup.Step::millis).sum(),
                failed == 0 ? "" : " (" + failed + " not answered 200: " + steps.stream()
                        .filter(step -> step.status() != 200).map(Warmup.Step::path).toList() + ")");
    }

    public int port() {
        return app.port();
    }

    public Graph graph() {
        return graph;
    }

    public DatasetStatus status() {
        return status;
    }

    /** The embedded database's Bolt port, or -1 when running against an external Neo4j. */
    public int boltPort() {
        return embedded == null ? -1 : embedded.boltPort();
    }

    @Override
    public void close() {
        app.stop();
        loader.interrupt();
        try {
            loader.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        graph.close();
        if (embedded != null) {
            embedded.close();
        }
        LOG.info("Explorer stopped");
    }
}
