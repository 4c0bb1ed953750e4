package dev.aigeo.explorer.graph;

import dev.aigeo.explorer.dataset.Vocabulary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
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

    /**
     * Paths given by the element ids of their nodes and relationships ({@code pathNodesKey},
     * {@code pathRelationshipsKey}: a list per path), with those elements once each in {@code nodesKey} and
     * {@code relationshipsKey}; each element is converted once, however many paths share it.
     */
    public List<GraphPath> paths(String pathNodesKey, String pathRelationshipsKey, String nodesKey,
            String relationshipsKey) {
        Map<String, GraphNode> nodes = new HashMap<>();
        for (Value value : record.get(nodesKey).values()) {
            Node node = value.asNode();
            nodes.put(node.elementId(), toNode(node));
        }
        Map<String, GraphEdge> edges = new HashMap<>();
        for (Value value : record.get(relationshipsKey).values()) {
            Relationship rel = value.asRelationship();
            edges.put(rel.elementId(), toEdge(rel, nodes.get(rel.startNodeElementId()).id(),
                    nodes.get(rel.endNodeElementId()).id()));
        }
        List<Value> pathNodes = record.get(pathNodesKey).asList(v -> v);
        List<Value> pathRelationships = record.get(pathRelationshipsKey).asList(v -> v);
        List<GraphPath> paths = new ArrayList<>(pathNodes.size());
        for (int i = 0; i < pathNodes.size(); i++) {
            paths.add(new GraphPath(pathNodes.get(i).asList(id -> nodes.get(id.asString())),
                    pathRelationships.get(i).asList(id -> edges.get(id.asString()))));
        }
        return paths;
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
