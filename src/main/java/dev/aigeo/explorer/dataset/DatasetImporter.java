package dev.aigeo.explorer.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigeo.explorer.graph.Graph;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a valid dataset: MERGE on {@code Entity.id} and on the relationship's public id, so a second import of the
 * same files gives the same graph; then removes what an earlier import of the same dataset name wrote and this one
 * no longer contains. Up to {@link #ONE_TRANSACTION_UP_TO} rows it is one transaction: readers see the old
 * version or the new one, never half of it. A bigger dataset is committed batch by batch, since one transaction
 * would hold it all in memory: it was validated whole before the first write, so faults still change nothing, but
 * readers may see it arrive, and an import cut short is completed by importing the same files again.
 */
public final class DatasetImporter {

    /** What an import did. */
    public record Report(String dataset, String version, int nodes, int relationships, long removedNodes,
            long removedRelationships, long millis) {
    }

    static final int ONE_TRANSACTION_UP_TO = 100_000;
    /** For the import's own queries, reads included: not bound by the API's query timeout. */
    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Graph graph;
    private final int oneTransactionUpTo;

    public DatasetImporter(Graph graph) {
        this(graph, ONE_TRANSACTION_UP_TO);
    }

    DatasetImporter(Graph graph, int oneTransactionUpTo) {
        this.graph = graph;
        this.oneTransactionUpTo = oneTransactionUpTo;
    }

    /**
     * Ids already in the database that a dataset may reference, except those the same dataset wrote before
     * (they would be removed as stale by this very import).
     */
    public DatasetValidator.ExistingEntities existingEntities(String datasetName) {
        return ids -> graph.read("""
                MATCH (n:Entity)
                WHERE n.id IN $ids AND coalesce(n.dataset, '') <> $name
                RETURN n.id AS id, 'Source' IN labels(n) AS isSource""",
                Map.of("ids", List.copyOf(ids), "name", datasetName), TIMEOUT,
                rows -> {
                    Map<String, Boolean> found = new HashMap<>();
                    rows.forEach(r -> found.put(r.string("id"), r.flag("isSource")));
                    return found;
                });
    }

    /** True when the database holds exactly this dataset already (same files, same storage format). */
    public boolean holds(ImportSource dataset) {
        return graph.read("""
                OPTIONAL MATCH (d:DatasetInfo {name: $name, fingerprint: $fingerprint})
                RETURN d IS NOT NULL AND d.nodes = COUNT { (n:Entity {dataset: $name}) } AS current""",
                Map.of("name", dataset.name(), "fingerprint", dataset.fingerprint()), TIMEOUT,
                rows -> !rows.isEmpty() && rows.get(0).flag("current"));
    }

    /** Writes a dataset that {@link DatasetValidator} found valid. */
    public Report write(ParsedDataset dataset) {
        return write(dataset, ImportProgress.SILENT);
    }

    /** Writes a dataset that {@link DatasetValidator} found valid, telling {@code progress} after each batch. */
    public Report write(ParsedDataset dataset, ImportProgress progress) {
        if (!dataset.valid()) {
            throw new IllegalArgumentException("refusing to import a dataset with " + dataset.faults().size() + " faults");
        }
        return write((ImportSource) dataset, progress);
    }

    /** Writes a dataset found valid, in one transaction up to {@link #ONE_TRANSACTION_UP_TO} rows. */
    public Report write(ImportSource source, ImportProgress progress) {
        long started = System.nanoTime();
        String importId = UUID.randomUUID().toString();
        ImportRows rows = new ImportRows(source.name(), importId);
        Map<String, Object> info = info(source, importId);
        int nodes = source.nodeCount();
        int relationships = source.relationshipCount();
        long[] removed = nodes + relationships <= oneTransactionUpTo
                ? graph.write(TIMEOUT, tx -> new ImportWriter(q -> tx.run(q).list(), progress, rows, nodes,
                        relationships).write(source, info, importId))
                : new ImportWriter(q -> graph.write(TIMEOUT, tx -> tx.run(q).list()), progress, rows, nodes,
                        relationships).write(source, info, importId);
        progress.update("done", 1, 1);
        return new Report(source.name(), source.manifest().version(), nodes, relationships, removed[0], removed[1],
                (System.nanoTime() - started) / 1_000_000);
    }

    private static Map<String, Object> info(ImportSource source, String importId) {
        Manifest m = source.manifest();
        Map<String, Object> info = new HashMap<>();
        info.put("importId", importId);
        info.put("fingerprint", source.fingerprint());
        info.put("nodes", source.nodeCount());
        info.put("relationships", source.relationshipCount());
        putIfPresent(info, "version", m.version());
        putIfPresent(info, "title", m.title());
        putIfPresent(info, "description", m.description());
        putIfPresent(info, "license", m.license());
        putIfPresent(info, "attribution", m.attribution());
        DateSpan span = source.dateSpan();
        info.put("dateSpanKnown", true);
        if (span != null) {
            info.put("dateFrom", span.from());
            info.put("dateTo", span.to());
        }
        try {
            info.put("manifest", JSON.writeValueAsString(m));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the manifest", e);
        }
        return info;
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
