package dev.aigeo.explorer.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A graph payload in Cytoscape.js element JSON: {@code {"nodes":[{"data":{…}}],"edges":[{"data":{…}}]}}. */
public record Elements(List<Element> nodes, List<Element> edges) {

    /** One Cytoscape element: all it says is in {@code data}. */
    public record Element(Map<String, Object> data) {
    }

    public static Elements of(Collection<GraphNode> nodes, Collection<GraphEdge> edges) {
        List<Element> nodeElements = new ArrayList<>();
        nodes.forEach(n -> nodeElements.add(node(n)));
        List<Element> edgeElements = new ArrayList<>();
        edges.forEach(e -> edgeElements.add(edge(e)));
        return new Elements(List.copyOf(nodeElements), List.copyOf(edgeElements));
    }

    public static Element node(GraphNode node) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", node.id());
        data.put("label", node.label());
        data.put("labels", node.labels());
        data.put("name", node.name());
        node.properties().forEach(data::putIfAbsent);
        return new Element(data);
    }

    public static Element edge(GraphEdge edge) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", edge.id());
        data.put("source", edge.source());
        data.put("target", edge.target());
        data.put("type", edge.type());
        edge.properties().forEach(data::putIfAbsent);
        return new Element(data);
    }
}
