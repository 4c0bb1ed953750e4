package dev.aigeo.explorer.app;

import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.graph.GraphUnavailableException;
import dev.aigeo.explorer.http.ErrorMapping;
import io.javalin.http.Context;

/** {@code GET /api/health}: UP (200), or STARTING / DOWN (503) while the dataset loads or Neo4j is away. */
final class HealthRoutes {

    record Health(String status, Neo4j neo4j, Dataset dataset) {
    }

    record Neo4j(String status, String mode, String version) {
    }

    record Dataset(String name, String version, String status) {
    }

    private final Graph graph;
    private final DatasetStatus dataset;
    private final String mode;

    HealthRoutes(Graph graph, DatasetStatus dataset, boolean embedded) {
        this.graph = graph;
        this.dataset = dataset;
        this.mode = embedded ? "embedded" : "external";
    }

    void health(Context ctx) {
        String version = null;
        try {
            version = graph.version();
        } catch (GraphUnavailableException e) {
            // reported as DOWN below
        }
        boolean up = version != null;
        String status = !up ? "DOWN" : dataset.isReady() ? "UP" : "STARTING";
        ctx.status(status.equals("UP") ? 200 : 503);
        if (!up) {
            ctx.header("Retry-After", String.valueOf(ErrorMapping.RETRY_AFTER_SECONDS));
        }
        ctx.jsonStream(new Health(status, new Neo4j(up ? "UP" : "DOWN", mode, version),
                new Dataset(dataset.name(), dataset.version(), datasetState())));
    }

    private String datasetState() {
        if (dataset.isReady()) {
            return "ready";
        }
        return dataset.failure() == null ? "loading" : "failed";
    }
}
