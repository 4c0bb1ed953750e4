package dev.aigeo.explorer.graph;

import java.util.HashMap;
import java.util.Map;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

/**
 * The nodes and relationships already read from the rows of one result, by element id: the paths of a search
 * share most of their elements (177 shortest paths on a million nodes hold 10 distinct nodes), and each is turned
 * into the app's type once.
 */
public final class ConvertedElements {

    private final Map<String, GraphNode> nodes = new HashMap<>();
    private final Map<String, GraphEdge> edges = new HashMap<>();

    GraphNode node(Node node) {
        return nodes.computeIfAbsent(node.elementId(), key -> Row.toNode(node));
    }

    /** A relationship whose end nodes have been converted here already (those of its path come first). */
    GraphEdge edge(Relationship rel) {
        return edges.computeIfAbsent(rel.elementId(), key -> Row.toEdge(rel,
                nodes.get(rel.startNodeElementId()).id(), nodes.get(rel.endNodeElementId()).id()));
    }
}
