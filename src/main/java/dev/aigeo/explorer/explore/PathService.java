package dev.aigeo.explorer.explore;

import dev.aigeo.explorer.dataset.Manifest;
import dev.aigeo.explorer.graph.Elements;
import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.graph.GraphEdge;
import dev.aigeo.explorer.graph.GraphNode;
import dev.aigeo.explorer.graph.GraphPath;
import dev.aigeo.explorer.http.ApiException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        return answer(found, request);
    }

    /** The answer to {@code request} from the paths it found: ranked, described, and their elements and sources. */
    Paths answer(FoundPaths found, PathRequest request) {
        List<GraphPath> ranked = rank(found.paths(), request);
        Map<String, Map<String, Object>> sources = found.sources();
        PathText text = new PathText(sources, phrases.get());
        // loops rather than streams here and below: an answer at a million nodes holds 177 paths of 354 hops, and
        // streams over lists this short cost more to set up than their work (a third of building that answer)
        List<FoundPath> paths = new ArrayList<>(ranked.size());
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        Map<String, GraphEdge> edges = new LinkedHashMap<>();
        Set<String> citedIds = new LinkedHashSet<>();
        for (GraphPath path : ranked) {
            FoundPath described = describe(path, sources, text);
            paths.add(described);
            path.nodes().forEach(n -> nodes.putIfAbsent(n.id(), n));
            path.edges().forEach(e -> edges.putIfAbsent(e.id(), e));
            described.hops().forEach(hop -> citedIds.addAll(hop.sources()));
        }
        Elements elements = Elements.of(nodes.values(), edges.values());
        List<Map<String, Object>> cited = new ArrayList<>(citedIds.size());
        citedIds.forEach(id -> cited.add(sources.get(id)));
        return new Paths(List.copyOf(paths), elements.nodes(), elements.edges(), Collections.unmodifiableList(cited),
                found.cypher(), found.params());
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
        found.forEach(p -> distinct.putIfAbsent(p.edgeIds(), p));
        List<GraphPath> ranked = new ArrayList<>(distinct.values());
        Map<GraphPath, Double> confidence = new IdentityHashMap<>();
        Map<GraphPath, List<String>> nodeIds = new IdentityHashMap<>();
        ranked.forEach(p -> {
            confidence.put(p, confidence(p));
            nodeIds.put(p, p.nodeIds());
        });
        ranked.sort(Comparator.comparingInt(GraphPath::length)
                .thenComparing(Comparator.comparingDouble((GraphPath p) -> confidence.get(p)).reversed())
                .thenComparing(nodeIds::get, PathService::compareElementwise));
        return List.copyOf(ranked.subList(0, Math.min(request.kept(), ranked.size())));
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
        if (path.length() == 0) {
            return 0;
        }
        int sum = 0;
        for (GraphEdge edge : path.edges()) {
            sum += CONFIDENCE.getOrDefault(String.valueOf(edge.properties().get("confidence")), 1);
        }
        return (double) sum / path.length();
    }

    /** The phrases the imported datasets declare for their own relationship types. */
    private Phrases readPhrases() {
        Map<String, Manifest.TypePhrase> declared = new LinkedHashMap<>();
        graph.read("MATCH (d:DatasetInfo) RETURN d.manifest AS manifest", Map.of(),
                rows -> rows).forEach(r -> declared.putAll(Manifest.fromJson(r.string("manifest")).phrases()));
        return new Phrases(declared);
    }

    private static FoundPath describe(GraphPath path, Map<String, Map<String, Object>> sources, PathText text) {
        List<Hop> hops = new ArrayList<>(path.length());
        for (int i = 0; i < path.length(); i++) {
            GraphEdge edge = path.edges().get(i);
            List<String> cited = new ArrayList<>();
            for (String id : edge.sources()) {
                if (sources.containsKey(id)) {
                    cited.add(id);
                }
            }
            hops.add(new Hop(edge.id(), edge.type(), path.forward(i), Collections.unmodifiableList(cited)));
        }
        return new FoundPath(path.nodeIds(), path.edgeIds(), path.length(),
                Math.round(confidence(path) * 100) / 100.0, text.sentence(path), Collections.unmodifiableList(hops));
    }
}
