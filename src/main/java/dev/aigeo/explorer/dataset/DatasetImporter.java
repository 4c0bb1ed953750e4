package dev.aigeo.explorer.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigeo.explorer.graph.Graph;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.neo4j.driver.TransactionContext;

/**
 * Writes a valid dataset in one transaction: MERGE on {@code Entity.id} and on the relationship's public id, so a
 * second import of the same files gives the same graph; then removes what an earlier import of the same dataset
 * name wrote and this one no longer contains. Readers see the old version or the new one, never half of it.
 */
public final class DatasetImporter {

    /** What an import did. */
    public record Report(String dataset, String version, int nodes, int relationships, long removedNodes,
            long removedRelationships, long millis) {
    }

    static final int BATCH = 2_000;
    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String MERGE_NODES = """
            UNWIND $rows AS row
            MERGE (n:Entity {id: row.id})
            SET n = row.props
            SET n:$(row.labels)
            WITH n, row, [l IN labels(n) WHERE l <> 'Entity' AND NOT l IN row.labels] AS stale
            REMOVE n:$(stale)""";

    /**
     * One query per type, with the type written in (checked against ^[A-Z][A-Z0-9_]*$ by the validator): with a
     * dynamic type the planner expands every relationship of the start node, quadratic on hubs; with a static one
     * it expands from whichever end has fewer relationships of that type.
     */
    private static final String MERGE_RELATIONSHIPS = """
            UNWIND $rows AS row
            MATCH (a:Entity {id: row.start})
            MATCH (b:Entity {id: row.end})
            MERGE (a)-[r:`%s` {id: row.id}]->(b)
            SET r = row.props""";

    private static final String REMOVE_STALE_RELATIONSHIPS = """
            MATCH ()-[r]->()
            WHERE r.dataset = $name AND r.importId <> $importId
            DELETE r
            RETURN count(*) AS removed""";

    private static final String REMOVE_STALE_NODES = """
            MATCH (n:Entity {dataset: $name})
            WHERE n.importId <> $importId
            DETACH DELETE n
            RETURN count(*) AS removed""";

    private static final String RECORD_DATASET = """
            MERGE (d:DatasetInfo {name: $name})
            SET d += $info, d.importedAt = datetime()""";

    private final Graph graph;

    public DatasetImporter(Graph graph) {
        this.graph = graph;
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
                Map.of("ids", List.copyOf(ids), "name", datasetName),
                rows -> {
                    Map<String, Boolean> found = new HashMap<>();
                    rows.forEach(r -> found.put(r.string("id"), r.flag("isSource")));
                    return found;
                });
    }

    /** True when the database holds exactly this dataset already (same files, same storage format). */
    public boolean holds(ParsedDataset dataset) {
        return graph.read("""
                OPTIONAL MATCH (d:DatasetInfo {name: $name, fingerprint: $fingerprint})
                RETURN d IS NOT NULL AND d.nodes = COUNT { (n:Entity {dataset: $name}) } AS current""",
                Map.of("name", dataset.name(), "fingerprint", dataset.fingerprint()),
                rows -> !rows.isEmpty() && rows.get(0).flag("current"));
    }

    /** Writes a dataset that {@link DatasetValidator} found valid. */
    public Report write(ParsedDataset dataset) {
        if (!dataset.valid()) {
            throw new IllegalArgumentException("refusing to import a dataset with " + dataset.faults().size() + " faults");
        }
        long started = System.nanoTime();
        String importId = UUID.randomUUID().toString();
        String name = dataset.name();
        List<Map<String, Object>> nodeRows = dataset.nodes().stream().map(n -> nodeRow(n, name, importId)).toList();
        List<Map<String, Object>> relRows = dataset.relationships().stream()
                .map(r -> relationshipRow(r, name, importId)).toList();
        long[] removed = graph.write(TIMEOUT, tx -> {
            runInBatches(tx, MERGE_NODES, nodeRows);
            relRows.stream().collect(Collectors.groupingBy(r -> (String) r.get("type"), TreeMap::new, Collectors.toList()))
                    .forEach((type, rows) -> runInBatches(tx, MERGE_RELATIONSHIPS.formatted(checkedType(type)), rows));
            Map<String, Object> params = Map.of("name", name, "importId", importId);
            long rels = tx.run(REMOVE_STALE_RELATIONSHIPS, params).single().get("removed").asLong();
            long nodes = tx.run(REMOVE_STALE_NODES, params).single().get("removed").asLong();
            tx.run(RECORD_DATASET, Map.of("name", name, "info", info(dataset, importId))).consume();
            return new long[] {nodes, rels};
        });
        return new Report(name, dataset.manifest().version(), nodeRows.size(), relRows.size(), removed[0], removed[1],
                (System.nanoTime() - started) / 1_000_000);
    }

    private static String checkedType(String type) {
        if (!Vocabulary.TYPE_FORM.matcher(type).matches()) {
            throw new IllegalArgumentException("not a relationship type: " + type);
        }
        return type;
    }

    private static void runInBatches(TransactionContext tx, String cypher, List<Map<String, Object>> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            tx.run(cypher, Map.of("rows", batch)).consume();
        }
    }

    private static Map<String, Object> nodeRow(NodeRow node, String dataset, String importId) {
        Map<String, Object> props = storable(node.properties());
        props.put("id", node.id());
        props.put("primaryLabel", node.primaryLabel());
        props.put("dataset", dataset);
        props.put("importId", importId);
        return Map.of("id", node.id(), "labels", node.labels(), "props", props);
    }

    private static Map<String, Object> relationshipRow(RelationshipRow rel, String dataset, String importId) {
        Map<String, Object> props = storable(rel.properties());
        props.put("id", rel.publicId());
        props.put("dataset", dataset);
        props.put("importId", importId);
        return Map.of("id", rel.publicId(), "start", rel.start(), "end", rel.end(), "type", rel.type(),
                "props", props);
    }

    /** Partial dates become a date at the start of their period plus {@code <prop>Precision}. */
    static Map<String, Object> storable(Map<String, Object> properties) {
        Map<String, Object> props = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (value instanceof PartialDate date) {
                props.put(key, date.start());
                if (date.precision() != PartialDate.Precision.DAY) {
                    props.put(key + "Precision", date.precision().word());
                }
            } else {
                props.put(key, value);
            }
        });
        return props;
    }

    private static Map<String, Object> info(ParsedDataset dataset, String importId) {
        Manifest m = dataset.manifest();
        Map<String, Object> info = new HashMap<>();
        info.put("importId", importId);
        info.put("fingerprint", dataset.fingerprint());
        info.put("nodes", dataset.nodes().size());
        info.put("relationships", dataset.relationships().size());
        putIfPresent(info, "version", m.version());
        putIfPresent(info, "title", m.title());
        putIfPresent(info, "description", m.description());
        putIfPresent(info, "license", m.license());
        putIfPresent(info, "attribution", m.attribution());
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
