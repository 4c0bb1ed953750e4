package dev.aigeo.explorer.export;

import dev.aigeo.explorer.dataset.Manifest;
import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.graph.GraphEdge;
import dev.aigeo.explorer.graph.GraphNode;
import dev.aigeo.explorer.http.ApiException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the subgraph induced by a set of entity ids, with the sources its relationships cite. */
final class SubgraphLoader {

    static final int MAX_IDS = 5_000;

    private static final String NODES = """
            MATCH (n:Entity)
            WHERE n.id IN $ids
            RETURN n
            ORDER BY n.id""";

    private static final String EDGES = """
            MATCH (a:Entity)-[r]->(b:Entity)
            WHERE a.id IN $ids AND b.id IN $ids
            RETURN r, a.id AS source, b.id AS target
            ORDER BY r.id""";

    private static final String SOURCES = """
            MATCH (s:Entity:Source)
            WHERE s.id IN $ids
            RETURN s
            ORDER BY s.id""";

    private static final String MANIFESTS = """
            MATCH (d:DatasetInfo)
            WHERE d.name IN $names
            RETURN d.manifest AS manifest
            ORDER BY d.name""";

    private final Graph graph;

    SubgraphLoader(Graph graph) {
        this.graph = graph;
    }

    Subgraph load(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw ApiException.badRequest("ids is required: a comma-separated list of entity ids");
        }
        if (ids.size() > MAX_IDS) {
            throw ApiException.badRequest("ids may name at most " + MAX_IDS + " entities");
        }
        List<GraphNode> nodes = graph.read(NODES, Map.of("ids", ids), rows -> rows.stream().map(r -> r.node("n")).toList());
        if (nodes.size() < new LinkedHashSet<>(ids).size()) {
            Set<String> missing = new LinkedHashSet<>(ids);
            nodes.forEach(n -> missing.remove(n.id()));
            throw ApiException.notFound("no entity with id " + String.join(", ", missing));
        }
        List<GraphEdge> edges = graph.read(EDGES, Map.of("ids", ids),
                rows -> rows.stream().map(r -> r.edge("r", "source", "target")).toList());
        Set<String> cited = new LinkedHashSet<>();
        edges.forEach(e -> cited.addAll(e.sources()));
        List<GraphNode> sources = graph.read(SOURCES, Map.of("ids", List.copyOf(cited)),
                rows -> rows.stream().map(r -> r.node("s")).toList());
        Set<String> datasets = new LinkedHashSet<>();
        nodes.forEach(n -> datasets.add(String.valueOf(n.properties().get("dataset"))));
        List<Manifest> manifests = graph.read(MANIFESTS, Map.of("names", List.copyOf(datasets)),
                rows -> rows.stream().map(r -> Manifest.fromJson(r.string("manifest"))).toList());
        return new Subgraph(nodes, edges, sources, manifests);
    }
}
