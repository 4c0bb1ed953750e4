package dev.aigeo.explorer.explore;

import dev.aigeo.explorer.dataset.Manifest;
import dev.aigeo.explorer.graph.Elements;
import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.graph.GraphEdge;
import dev.aigeo.explorer.graph.GraphNode;
import dev.aigeo.explorer.graph.GraphPath;
import dev.aigeo.explorer.http.ApiException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds paths between two entities (shortest, all shortest, k shortest) within a hop limit, through an ordered
 * label pattern, over allowed relationship types, as of a date; ranks them by length, then by the confidence of
 * their relationships; and explains each in a sentence with a citation per hop.
 */
public final class PathService {

    /** One path: ids in order, a sentence, and per hop the relationship and its sources. */
    public record FoundPath(List<String> nodes, List<String> edges, int length, double confidence, String text,
            List<Hop> hops) {
    }

    /**
     * One step of a path; {@code forward} is false when it runs against the relationship's direction; {@code sources}
     * are the ids of the Source nodes it cites, described once in {@link Paths#sources}.
     */
    public record Hop(String edge, String type, boolean forward, List<String> sources) {
    }

    /**
     * The answer of {@code /api/paths}: ranked paths, their elements, the sources their hops cite (each once, in the
     * order first cited, as {@code /api/export} lists them), and the Cypher that found them.
     */
    public record Paths(List<FoundPath> paths, List<Elements.Element> nodes, List<Elements.Element> edges,
            List<Map<String, Object>> sources, String cypher, Map<String, Object> params) {
    }

    private static final Map<String, Integer> CONFIDENCE = Map.of("high", 3, "medium", 2, "low", 1);

    private final Graph graph;
    private final Refreshed<Phrases> phrases;

    public PathService(Graph graph) {
        this.graph = graph;
        this.phrases = new Refreshed<>(this::readPhrases);
    }

    /**
     * One query in the common case; when a label pattern is not followed by any of the shortest paths, more, in the
     * same read transaction ({@link PathQuery#attempts}). The paths come with their sources; the ends are checked
     * only when none is found. The answer carries the Cypher that found the paths (or the last tried) and its
     * parameters.
     */
    public Paths paths(PathRequest request) {
        FoundPaths found = graph.readTogether(tx -> {
            FoundPaths last = null;
            for (Iterator<PathAttempt> attempts = PathQuery.attempts(request).iterator();
                    (last == null || !last.settled()) && attempts.hasNext(); ) {
                last = attempts.next().find(tx);
            }
            return last;
        });
        if (found.paths().isEmpty()) {
            requireEntities(request.from(), request.to());
        }
        List<GraphPath> ranked = rank(found.paths(), request);
        Map<String, Map<String, Object>> sources = found.sources();
        PathText text = new PathText(sources, phrases.get());
        List<FoundPath> paths = ranked.stream().map(p -> describe(p, sources, text)).toList();
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        Map<String, GraphEdge> edges = new LinkedHashMap<>();
        ranked.forEach(p -> {
            p.nodes().forEach(n -> nodes.putIfAbsent(n.id(), n));
            p.edges().forEach(e -> edges.putIfAbsent(e.id(), e));
        });
        Elements elements = Elements.of(nodes.values(), edges.values());
        List<Map<String, Object>> cited = paths.stream().flatMap(p -> p.hops().stream())
                .flatMap(hop -> hop.sources().stream()).distinct().map(sources::get).toList();
        return new Paths(paths, elements.nodes(), elements.edges(), cited, found.cypher(), found.params());
    }

    private void requireEntities(String from, String to) {
        List<String> known = graph.read("MATCH (n:Entity) WHERE n.id IN $ids RETURN collect(n.id) AS ids",
                Map.of("ids", List.of(from, to)), rows -> rows.get(0).strings("ids"));
        for (String id : List.of(from, to)) {
            if (!known.contains(id)) {
                throw ApiException.notFound("no entity with id '" + id + "'");
            }
        }
    }

    /**
     * Distinct paths, shortest first, then the most confident, then by their node ids (element by element, as
     * Cypher orders lists: the query has already kept these by the same order); as many as the mode asks for.
     */
    static List<GraphPath> rank(List<GraphPath> found, PathRequest request) {
        Map<List<String>, GraphPath> distinct = new LinkedHashMap<>();
        found.forEach(p -> distinct.putIfAbsent(p.edges().stream().map(GraphEdge::id).toList(), p));
        List<GraphPath> ranked = new ArrayList<>(distinct.values());
        Map<GraphPath, Double> confidence = new IdentityHashMap<>();
        Map<GraphPath, List<String>> nodeIds = new IdentityHashMap<>();
        ranked.forEach(p -> {
            confidence.put(p, confidence(p));
            nodeIds.put(p, nodeIds(p));
        });
        ranked.sort(Comparator.comparingInt(GraphPath::length)
                .thenComparing(Comparator.comparingDouble((GraphPath p) -> confidence.get(p)).reversed())
                .thenComparing(nodeIds::get, PathService::compareElementwise));
        return List.copyOf(ranked.subList(0, Math.min(request.kept(), ranked.size())));
    }

    private static List<String> nodeIds(GraphPath path) {
        return path.nodes().stream().map(GraphNode::id).toList();
    }

    private static int compareElementwise(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = a.get(i).compareTo(b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** Mean confidence of the relationships (high 3, medium 2, low or none 1). */
    static double confidence(GraphPath path) {
        return path.edges().stream()
                .mapToInt(e -> CONFIDENCE.getOrDefault(String.valueOf(e.properties().get("confidence")), 1))
                .average().orElse(0);
    }

    /** The phrases the imported datasets declare for their own relationship types. */
    private Phrases readPhrases() {
        Map<String, Manifest.TypePhrase> declared = new LinkedHashMap<>();
        graph.read("MATCH (d:DatasetInfo) RETURN d.manifest AS manifest", Map.of(),
                rows -> rows).forEach(r -> declared.putAll(Manifest.fromJson(r.string("manifest")).phrases()));
        return new Phrases(declared);
    }

    private static FoundPath describe(GraphPath path, Map<String, Map<String, Object>> sources, PathText text) {
        List<Hop> hops = new ArrayList<>();
        for (int i = 0; i < path.length(); i++) {
            GraphEdge edge = path.edges().get(i);
            hops.add(new Hop(edge.id(), edge.type(), path.forward(i),
                    edge.sources().stream().filter(sources::containsKey).toList()));
        }
        return new FoundPath(nodeIds(path),
                path.edges().stream().map(GraphEdge::id).toList(), path.length(),
                Math.round(confidence(path) * 100) / 100.0, text.sentence(path), hops);
    }
}
