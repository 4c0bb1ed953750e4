package dev.aigeo.explorer.graph;

import java.util.List;

/**
 * A path as the API shows it: its nodes in order and its relationships in order, each relationship with its
 * stored direction ({@code source → target}), which may run against the direction of travel.
 */
public record GraphPath(List<GraphNode> nodes, List<GraphEdge> edges) {

    public int length() {
        return edges.size();
    }

    /** True when the i-th relationship points the way the path travels (from node i to node i+1). */
    public boolean forward(int i) {
        return edges.get(i).source().equals(nodes.get(i).id());
    }
}
