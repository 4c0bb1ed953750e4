package dev.aigeo.explorer.support;

import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.graph.GraphEdge;
import dev.aigeo.explorer.graph.GraphNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every entity and relationship with its labels and properties, as sorted lines, to compare two graphs. */
public final class GraphSnapshot {

    private GraphSnapshot() {
    }

    /** The snapshot, leaving out the named properties (e.g. "dataset" when comparing across dataset names). */
    public static String of(Graph graph, String... ignored) {
        List<String> lines = new ArrayList<>();
        lines.addAll(graph.read("MATCH (n:Entity) RETURN n", Map.of(),
                rows -> rows.stream().map(r -> line(r.node("n"), ignored)).toList()));
        lines.addAll(graph.read("MATCH (a)-[r]->(b) RETURN r, a.id AS source, b.id AS target", Map.of(),
                rows -> rows.stream().map(r -> line(r.edge("r", "source", "target"), ignored)).toList()));
        lines.sort(null);
        return String.join("\n", lines);
    }

    private static String line(GraphNode node, String... ignored) {
        return node.id() + " " + node.labels() + " " + without(node.properties(), ignored);
    }

    private static String line(GraphEdge edge, String... ignored) {
        return edge.id() + " " + without(edge.properties(), ignored);
    }

    private static Map<String, String> without(Map<String, Object> properties, String... ignored) {
        Map<String, String> kept = new LinkedHashMap<>();
        properties.forEach((k, v) -> kept.put(k, String.valueOf(v)));
        for (String key : ignored) {
            kept.remove(key);
        }
        return kept;
    }
}
