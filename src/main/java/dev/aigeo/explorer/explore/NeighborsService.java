package dev.aigeo.explorer.explore;

import dev.aigeo.explorer.graph.Elements;
import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.graph.GraphEdge;
import dev.aigeo.explorer.graph.GraphNode;
import dev.aigeo.explorer.http.ApiException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The neighbours of an entity, filtered by direction, relationship type and label, capped at {@code limit} with
 * the total, so that expanding a hub returns a page rather than everything. The page is the first {@code limit}
 * by type and name among the first {@link #ORDERED_AMONG} matches: on a hub, sorting all its neighbours' names
 * would take a time growing with its degree. For the same reason the total comes from the degree store when it can
 * (no filter, or types only, which are written into the pattern so that a hub reads only those relationships), and
 * is otherwise counted up to {@link #COUNTED_AMONG}.
 */
public final class NeighborsService {

    /** Each with a {@code %s} for the relationship types ({@link SchemaNames#typeExpression}). */
    public enum Direction {
        OUT("(n)-[r%s]->(m:Entity)", "(n)-[%s]->()"), IN("(n)<-[r%s]-(m:Entity)", "(n)<-[%s]-()"),
        BOTH("(n)-[r%s]-(m:Entity)", "(n)-[%s]-()");

        private final String pattern;
        /** The same without a label on the other end, which Neo4j answers from its degree store. */
        private final String degree;

        Direction(String pattern, String degree) {
            this.pattern = pattern;
            this.degree = degree;
        }
    }

    /** What to expand and how. {@code types} and {@code labels} are null for "any", {@code asOf} for "any time". */
    public record Request(String id, Direction direction, List<String> types, List<String> labels, int limit,
            LocalDate asOf) {
    }

    /**
     * A graph payload plus whether the cap cut it short and how many neighbours match in all; past
     * {@link #COUNTED_AMONG} matches of a label or date filter, {@code total} is that many and a lower bound.
     */
    public record Neighbors(List<Elements.Element> nodes, List<Elements.Element> edges, boolean truncated, long total,
            boolean totalIsLowerBound) {
    }

    static final int ORDERED_AMONG = 5_000;
    static final int COUNTED_AMONG = 10_000;

    private static final String TEMPLATE = """
            MATCH (n:Entity {id: $id})
            CALL (n) {
            %1$s
            }
            OPTIONAL CALL (n) {
            %2$s
              WITH r, m
              LIMIT $orderedAmong
              ORDER BY type(r), m.name
              LIMIT $limit
              RETURN r, m, startNode(r).id AS source, endNode(r).id AS target
            }
            RETURN n, total, r, m, source, target""";

    /** The neighbours a request asks for: the direction's pattern with its types, then labels and asOf. */
    private static final String MATCHING = """
              MATCH %1$s
              WHERE %2$s""";

    /**
     * Without a label or date filter every relationship of the types counts (an entity's relationships all lead to
     * entities: the importer writes no other), and the degree store has the number: a hub's total costs what a
     * leaf's does.
     */
    private static final String DEGREE_TOTAL = "  RETURN COUNT { %s } AS total";

    /** Otherwise the matches are counted, up to one more than {@link #COUNTED_AMONG}. */
    private static final String COUNTED_TOTAL = """
              WITH r
              LIMIT $countedAmong + 1
              RETURN count(*) AS total""";

    private final Graph graph;

    public NeighborsService(Graph graph) {
        this.graph = graph;
    }

    public QueryAnswer<Neighbors> neighbors(Request request) {
        boolean counted = request.labels() != null || request.asOf() != null;
        String types = SchemaNames.typeExpression(request.types());
        String matching = MATCHING.formatted(request.direction().pattern.formatted(types),
                Conditions.and("($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))",
                        AsOf.relationship("r", request.asOf()), AsOf.entity("m", request.asOf())));
        String counting = counted ? matching + "\n" + COUNTED_TOTAL
                : DEGREE_TOTAL.formatted(request.direction().degree.formatted(types));
        String cypher = TEMPLATE.formatted(counting, matching);
        Map<String, Object> params = new HashMap<>();
        params.put("id", request.id());
        params.put("labels", request.labels());
        params.put("limit", request.limit());
        params.put("orderedAmong", ORDERED_AMONG);
        if (counted) {
            params.put("countedAmong", COUNTED_AMONG);
        }
        params.put("asOf", request.asOf());
        Neighbors neighbors = graph.read(cypher, params, rows -> {
            if (rows.isEmpty()) {
                throw ApiException.notFound("no entity with id '" + request.id() + "'");
            }
            Map<String, GraphNode> nodes = new LinkedHashMap<>();
            List<GraphEdge> edges = new ArrayList<>();
            GraphNode center = rows.get(0).node("n");
            nodes.put(center.id(), center);
            rows.forEach(row -> {
                GraphNode other = row.node("m");
                if (other != null) {
                    nodes.putIfAbsent(other.id(), other);
                    edges.add(row.edge("r", "source", "target"));
                }
            });
            long total = rows.get(0).number("total");
            boolean lowerBound = counted && total > COUNTED_AMONG;
            Elements elements = Elements.of(nodes.values(), edges);
            return new Neighbors(elements.nodes(), elements.edges(), total > edges.size(),
                    lowerBound ? COUNTED_AMONG : total, lowerBound);
        });
        return new QueryAnswer<>(neighbors, cypher, params);
    }
}
