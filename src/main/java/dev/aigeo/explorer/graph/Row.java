package dev.aigeo.explorer.graph;

import dev.aigeo.explorer.dataset.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/** One result row, read into the app's own types so that driver types stay inside this package. */
public final class Row {

    private final Record record;

    Row(Record record) {
        this.record = record;
    }

    public GraphNode node(String key) {
        Value value = record.get(key);
        return value.isNull() ? null : toNode(value.asNode());
    }

    public List<GraphNode> nodes(String key) {
        return record.get(key).asList(v -> toNode(v.asNode()));
    }

    /** A relationship with its endpoints' dataset ids taken from two other columns. */
    public GraphEdge edge(String key, String sourceKey, String targetKey) {
        return toEdge(record.get(key).asRelationship(), string(sourceKey), string(targetKey));
    }

    /** The same, each node converted once across the rows that share {@code converted}. */
    public List<GraphNode> nodes(String key, ConvertedElements converted) {
        return record.get(key).asList(v -> converted.node(v.asNode()));
    }

    /** A path, its elements converted once across the rows that share {@code converted}. */
    public GraphPath path(String key, ConvertedElements converted) {
        Path path = record.get(key).asPath();
        List<GraphNode> nodes = new ArrayList<>();
        path.nodes().forEach(n -> nodes.add(converted.node(n)));
        List<GraphEdge> edges = new ArrayList<>();
        path.relationships().forEach(r -> edges.add(converted.edge(r)));
        return new GraphPath(List.copyOf(nodes), List.copyOf(edges));
    }

    /** A path given as the list of its nodes and the list of its relationships, in order. */
    public GraphPath path(String nodesKey, String relationshipsKey, ConvertedElements converted) {
        List<GraphNode> nodes = record.get(nodesKey).asList(v -> converted.node(v.asNode()));
        List<GraphEdge> edges = record.get(relationshipsKey).asList(v -> converted.edge(v.asRelationship()));
        return new GraphPath(List.copyOf(nodes), List.copyOf(edges));
    }

    public String string(String key) {
        Value value = record.get(key);
        return value.isNull() ? null : value.asString();
    }

    public long number(String key) {
        return record.get(key).asLong(0);
    }

    public boolean flag(String key) {
        return record.get(key).asBoolean(false);
    }

    public double decimal(String key) {
        return record.get(key).asDouble(0);
    }

    public List<Long> numbers(String key) {
        Value value = record.get(key);
        return value.isNull() ? List.of() : value.asList(Value::asLong);
    }

    public List<String> strings(String key) {
        Value value = record.get(key);
        return value.isNull() ? List.of() : value.asList(Value::asString);
    }

    /** A plain value (map, list, number, string, date …) ready for JSON. */
    public Object value(String key) {
        return DisplayProperties.display(record.get(key).asObject(), null);
    }

    /** A list of {@code {key, count}} maps as an ordered map. */
    public Map<String, Long> counts(String key) {
        Map<String, Long> counts = new LinkedHashMap<>();
        record.get(key).asList(v -> v).forEach(v -> counts.put(v.get("key").asString(), v.get("count").asLong()));
        return counts;
    }

    public Map<String, Object> map(String key) {
        Value value = record.get(key);
        return value.isNull() ? Map.of() : DisplayProperties.of(value.asMap());
    }

    static GraphNode toNode(Node node) {
        Map<String, Object> stored = node.asMap();
        List<String> labels = new ArrayList<>();
        node.labels().forEach(l -> {
            if (!l.equals(Vocabulary.ENTITY)) {
                labels.add(l);
            }
        });
        labels.sort(null);
        Object primary = stored.get("primaryLabel");
        if (primary != null && labels.remove(primary.toString())) {
            labels.add(0, primary.toString());
        }
        Object id = stored.get("id");
        return new GraphNode(id == null ? node.elementId() : id.toString(),
                labels.isEmpty() ? null : labels.get(0), List.copyOf(labels), DisplayProperties.of(stored));
    }

    static GraphEdge toEdge(Relationship rel, String source, String target) {
        Map<String, Object> stored = rel.asMap();
        Object key = stored.get("key");
        Object id = stored.get("id");
        String publicId = id != null ? id.toString()
                : source + "|" + rel.type() + "|" + target + (key == null ? "" : "|" + key);
        return new GraphEdge(publicId, rel.type(), source, target, DisplayProperties.of(stored));
    }
}
