package dev.aigeo.explorer.export;

import dev.aigeo.explorer.dataset.Manifest;
import dev.aigeo.explorer.graph.GraphEdge;
import dev.aigeo.explorer.graph.GraphNode;
import java.util.List;

/**
 * What an export holds: the chosen entities, the relationships among them, the Source nodes those relationships
 * cite (the bibliography), and the manifests of the datasets they come from (name, version, license).
 */
public record Subgraph(List<GraphNode> nodes, List<GraphEdge> edges, List<GraphNode> sources,
        List<Manifest> datasets) {

    /** The entities and the cited sources, without repeating a source that was also chosen. */
    public List<GraphNode> allNodes() {
        List<String> chosen = nodes.stream().map(GraphNode::id).toList();
        return java.util.stream.Stream.concat(nodes.stream(), sources.stream().filter(s -> !chosen.contains(s.id())))
                .toList();
    }
}
