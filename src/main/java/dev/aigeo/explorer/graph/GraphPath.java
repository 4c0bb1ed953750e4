package dev.aigeo.explorer.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A path as the API shows it: its nodes in order and its relationships in order, each relationship with its
 * stored direction ({@code source → target}), which may run against the direction of travel.
 */
public record GraphPath(List<GraphNode> nodes, List<GraphEdge> edges) {

    /** The ids of its nodes, in order. */
    public List<String> nodeIds() {
        List<String> ids = new ArrayList<>(nodes.size());
        nodes.forEach(node -> ids.add(node.id()));
        return Collections.unmodifiableList(ids);
    }

    /** The ids of its relationships, in order. */
    public List<String> edgeIds() {
        List<String> ids = new ArrayList<>(edges.size());
        edges.forEach(edge -> ids.add(edge.id()));
        return Collections.unmodifiableList(ids);
    }

    public int length() {
        return edges.size();
    }

    /** True when the i-th relationship points the way the path travels (from node i to node i+1). */
    public boolean forward(int i) {
        return edges.get(i).source().equals(nodes.get(i).id());
    }
}
