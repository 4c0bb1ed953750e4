package dev.aigeo.explorer.graph;

import dev.aigeo.explorer.dataset.Vocabulary;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;

/**
 * Turns the values of an ad hoc query into table cells and remembers every node and relationship they mention,
 * however deeply nested in lists, maps and paths, for the graph payload.
 *
 * <p>Cells: a node is {@code {"id","label","name"}}, a relationship {@code {"id","type","source","target"}} (ids
 * as in graph payloads), a path {@code {"length","nodes","relationships"}}, a point {@code {"srid","x","y"[,"z"]}},
 * temporal values and durations ISO text; other values as they are.
 */
final class ResultCells {

    private static final String ENDPOINTS = """
            MATCH (n)
            WHERE elementId(n) IN $ids
            RETURN n""";

    private record RelationshipCell(Map<String, Object> cell, Relationship relationship) {
    }

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, Relationship> relationships = new LinkedHashMap<>();
    private final List<RelationshipCell> relationshipCells = new ArrayList<>();

    List<Object> row(Record record) {
        List<Object> row = new ArrayList<>(record.size());
        record.values().forEach(value -> row.add(cell(value.asObject())));
        return row;
    }

    private Object cell(Object value) {
        if (value instanceof Node node) {
            return nodeCell(node);
        }
        if (value instanceof Relationship relationship) {
            return relationshipCell(relationship);
        }
        if (value instanceof Path path) {
            Map<String, Object> cell = new LinkedHashMap<>();
            cell.put("length", path.length());
            cell.put("nodes", cells(path.nodes()));
            cell.put("relationships", cells(path.relationships()));
            return cell;
        }
        if (value instanceof List<?> list) {
            return cells(list);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> cell = new LinkedHashMap<>();
            map.forEach((key, item) -> cell.put(key.toString(), cell(item)));
            return cell;
        }
        if (value instanceof Point point) {
            Map<String, Object> cell = new LinkedHashMap<>();
            cell.put("srid", point.srid());
            cell.put("x", point.x());
            cell.put("y", point.y());
            if (!Double.isNaN(point.z())) {
                cell.put("z", point.z());
            }
            return cell;
        }
        if (value instanceof TemporalAccessor || value instanceof IsoDuration) {
            return value.toString();
        }
        return value;
    }

    private List<Object> cells(Iterable<?> values) {
        List<Object> cells = new ArrayList<>();
        values.forEach(value -> cells.add(cell(value)));
        return cells;
    }

    private Map<String, Object> nodeCell(Node node) {
        nodes.putIfAbsent(node.elementId(), node);
        GraphNode shown = Row.toNode(node);
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("id", shown.id());
        cell.put("label", shown.label());
        cell.put("name", shown.name());
        return cell;
    }

    /** The cell's ids need the endpoints' dataset ids: {@link #graph} fills them in. */
    private Map<String, Object> relationshipCell(Relationship relationship) {
        relationships.putIfAbsent(relationship.elementId(), relationship);
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("id", null);
        cell.put("type", relationship.type());
        cell.put("source", null);
        cell.put("target", null);
        relationshipCells.add(new RelationshipCell(cell, relationship));
        return cell;
    }

    /**
     * Reads the endpoints that the rows did not contain (in the same transaction, where element ids hold), completes
     * the relationship cells, and returns the data nodes and relationships as Cytoscape elements. Nodes the app keeps
     * for itself (without {@code Entity}) appear in the rows but never in the graph.
     */
    Elements graph(TransactionContext tx) {
        List<String> missing = relationships.values().stream()
                .flatMap(r -> Stream.of(r.startNodeElementId(), r.endNodeElementId()))
                .filter(id -> !nodes.containsKey(id))
                .distinct()
                .toList();
        if (!missing.isEmpty()) {
            tx.run(ENDPOINTS, Map.of("ids", missing)).forEachRemaining(r -> {
                Node node = r.get("n").asNode();
                nodes.put(node.elementId(), node);
            });
        }
        Map<String, GraphNode> shown = new LinkedHashMap<>();
        nodes.forEach((elementId, node) -> shown.put(elementId, Row.toNode(node)));
        Map<String, GraphEdge> edges = new LinkedHashMap<>();
        relationships.forEach((elementId, r) -> edges.put(elementId, Row.toEdge(r,
                endpointId(r.startNodeElementId(), shown), endpointId(r.endNodeElementId(), shown))));
        relationshipCells.forEach(c -> {
            GraphEdge edge = edges.get(c.relationship().elementId());
            c.cell().put("id", edge.id());
            c.cell().put("source", edge.source());
            c.cell().put("target", edge.target());
        });
        List<GraphNode> dataNodes = nodes.values().stream().filter(ResultCells::isData)
                .map(n -> shown.get(n.elementId())).toList();
        List<GraphEdge> dataEdges = relationships.values().stream()
                .filter(r -> isData(nodes.get(r.startNodeElementId())) && isData(nodes.get(r.endNodeElementId())))
                .map(r -> edges.get(r.elementId()))
                .toList();
        return Elements.of(dataNodes, dataEdges);
    }

    private static String endpointId(String elementId, Map<String, GraphNode> shown) {
        GraphNode node = shown.get(elementId);
        return node == null ? elementId : node.id();
    }

    private static boolean isData(Node node) {
        return node != null && node.hasLabel(Vocabulary.ENTITY);
    }
}
