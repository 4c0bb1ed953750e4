package dev.aigeo.explorer.app;

import dev.aigeo.explorer.dataset.Datasets;
import dev.aigeo.explorer.dataset.DatasetImporter;
import dev.aigeo.explorer.dataset.ImportProgress;
import dev.aigeo.explorer.dataset.ImportSource;
import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.graph.GraphUnavailableException;
import dev.aigeo.explorer.graph.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the database to the start-up dataset in the background while the server already answers (health says
 * STARTING): waits for Neo4j, applies the schema, imports. Retries while Neo4j is unreachable.
 */
final class StartupLoader implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(StartupLoader.class);
    private static final long RETRY_MILLIS = 2_000;

    private final Graph graph;
    private final ImportSource dataset;
    private final DatasetStatus status;
    private final Runnable afterLoad;

    /**
     * {@code dataset} has been checked on its own, so it refers to nothing outside itself and the database cannot add
     * a fault (it is only asked about outside references). {@code afterLoad} runs once the dataset is in place and
     * served (e.g. adding the bundled stories).
     */
    StartupLoader(Graph graph, ImportSource dataset, DatasetStatus status, Runnable afterLoad) {
        this.graph = graph;
        this.dataset = dataset;
        this.status = status;
        this.afterLoad = afterLoad;
        status.loading(dataset.name());
    }

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                load();
                return;
            } catch (GraphUnavailableException e) {
                LOG.warn("Neo4j is not reachable yet ({}); retrying in {} ms", e.getMessage(), RETRY_MILLIS);
                if (!sleep()) {
                    return;
                }
            } catch (RuntimeException e) {
                LOG.error("Loading the start-up dataset failed", e);
                status.failed("loading the dataset failed; see the server log");
                return;
            }
        }
    }

    private void load() {
        long started = System.nanoTime();
        Schema.apply(graph);
        LOG.info("Schema ready in {} ms", (System.nanoTime() - started) / 1_000_000);
        if (Datasets.isCurrent(graph, dataset)) {
            status.ready(dataset.name(), dataset.manifest().version());
            LOG.info("Dataset {} {} is already in the database, unchanged; not re-imported", dataset.name(),
                    dataset.manifest().version());
            afterLoad.run();
            return;
        }
        var report = new DatasetImporter(graph).write(dataset, ImportProgress.SILENT);
        status.ready(report.dataset(), report.version());
        LOG.info("Dataset {} {} ready: {} nodes, {} relationships ({} and {} stale removed), written in {} ms",
                report.dataset(), report.version(), report.nodes(), report.relationships(), report.removedNodes(),
                report.removedRelationships(), report.millis());
        afterLoad.run();
    }

    private static boolean sleep() {
        try {
            Thread.sleep(RETRY_MILLIS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
