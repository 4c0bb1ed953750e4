package dev.aigeo.explorer.explore;

import dev.aigeo.explorer.graph.ReadTransaction;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The entities within a growing number of hops of one end of a path request, found a layer at a time (one query
 * per layer) the way a path travels from that end: forward from its start, backward from its end. It passes
 * neither through a Source nor through the other end, as the paths it helps to find may not, and it keeps to the
 * request's relationship types and date. Each entity is held with its distance; those that carry the label the
 * path must pass through are kept apart, with their degree and dataset id, as the places where the two halves of
 * a path can meet.
 *
 * <p>Entities are held by Neo4j's node id, which is only used within the one read transaction that every step of a
 * search shares (the middles handed on are dataset ids): a layer then starts from a seek by node id and reads the
 * dataset id only of labelled entities.
 * On a million nodes a layer of 198,000 entities (from 14,056) took 1.1–1.4 s this way and 1.4–1.8 s by dataset id.
 */
final class Ball {

    /** Which way the ball grows from its centre. */
    enum Growth {
        FORWARD("-[%s%s]->"), BACKWARD("<-[%s%s]-"), EITHER_WAY("-[%s%s]-");

        private final String arrow;

        Growth(String arrow) {
            this.arrow = arrow;
        }

        /** The relationship pattern, e.g. {@code -[r:HOSTS|OPERATES]->}; an empty variable leaves it unnamed. */
        String arrow(String variable, String types) {
            return arrow.formatted(variable, types);
        }

        Growth reversed() {
            return switch (this) {
                case FORWARD -> BACKWARD;
                case BACKWARD -> FORWARD;
                case EITHER_WAY -> EITHER_WAY;
            };
        }
    }

    /** An entity that carries the middle label: its dataset id, and its degree the way the ball grows. */
    record Labelled(String id, long degree) {
    }

    private final String layerQuery;
    private final String neighboursQuery;
    private final Map<String, Object> params = new HashMap<>();
    private final Map<Long, Integer> distances = new HashMap<>();
    private final Map<Long, Labelled> labelled = new HashMap<>();
    private final Map<Long, List<Long>> neighbours = new HashMap<>();
    private Map<Long, Long> layer;
    private int radius;

    /** A ball of radius 0 around node {@code centre}, which never enters node {@code opposite} (the other end). */
    private Ball(long centre, long degree, long opposite, Growth growth, PathRequest request) {
        this.layerQuery = layerQuery(growth, request);
        this.neighboursQuery = neighboursQuery(growth, request);
        params.put("opposite", opposite);
        params.put("label", request.via().get(1));
        params.put("asOf", request.asOf());
        distances.put(centre, 0);
        layer = Map.of(centre, degree);
    }

    /**
     * The entities one hop beyond nodes {@code $ids} the way the ball grows, except Sources and node
     * {@code $opposite}: the dataset id of each that carries {@code $label}, and each one's degree the same way. The
     * entities are checked once each, after the relationships that lead to them: on a million nodes, a layer of
     * 523,000 relationships was read in 1.3–1.5 s this way and in 1.7–1.8 s with the checks made per relationship.
     */
    static String layerQuery(Growth growth, PathRequest request) {
        String types = SchemaNames.typeExpression(request.types());
        return """
                UNWIND $ids AS id
                MATCH (n:Entity)%s(m:Entity)
                WHERE %s
                WITH DISTINCT m
                WHERE %s
                RETURN id(m) AS node, CASE WHEN $label IN labels(m) THEN m.id END AS labelled,
                  COUNT { (m)%s() } AS degree"""
                .formatted(growth.arrow("r", types),
                        Conditions.and("id(n) = id", AsOf.relationship("r", request.asOf())),
                        Conditions.and("NOT m:Source", "id(m) <> $opposite", AsOf.entity("m", request.asOf())),
                        growth.arrow("", types));
    }

    /** The neighbours of each of nodes {@code $ids} on the side of the ball's centre: where a path comes from. */
    static String neighboursQuery(Growth growth, PathRequest request) {
        return """
                UNWIND $ids AS id
                MATCH (m:Entity)%s(n:Entity)
                WHERE %s
                RETURN id, collect(DISTINCT id(n)) AS neighbours"""
                .formatted(growth.reversed().arrow("r", SchemaNames.typeExpression(request.types())),
                        Conditions.and("id(m) = id", AsOf.relationship("r", request.asOf())));
    }

    /**
     * The node ids of the start and the end, and their degrees: the start's the way a path leaves it, the end's
     * the way a path reaches it; no row when either is missing, did not exist on the date, or does not carry its
     * label of the pattern.
     */
    static String endsQuery(PathRequest request) {
        String types = SchemaNames.typeExpression(request.types());
        Growth forward = forward(request);
        return """
                MATCH (a:Entity {id: $from}), (b:Entity {id: $to})%s
                RETURN id(a) AS fromNode, id(b) AS toNode, COUNT { (a)%s() } AS fromDegree,
                  COUNT { (b)%s() } AS toDegree"""
                .formatted(PathQuery.endsAllowed(request), forward.arrow("", types),
                        forward.reversed().arrow("", types));
    }

    private static Growth forward(PathRequest request) {
        return request.outgoingOnly() ? Growth.FORWARD : Growth.EITHER_WAY;
    }

    /**
     * The balls around the start and the end, of radius 0, each knowing its centre's degree; none when an end is
     * missing.
     */
    static List<Ball> aroundEnds(ReadTransaction tx, PathRequest request) {
        Growth forward = forward(request);
        return tx.read(endsQuery(request), PathQuery.params(request), rows -> rows.stream()
                .flatMap(row -> Stream.of(
                        new Ball(row.number("fromNode"), row.number("fromDegree"), row.number("toNode"), forward,
                                request),
                        new Ball(row.number("toNode"), row.number("toDegree"), row.number("fromNode"),
                                forward.reversed(), request)))
                .toList());
    }

    /** Adds the next layer: the entities one hop beyond the outer layer that the ball does not hold yet. */
    void grow(ReadTransaction tx) {
        params.put("ids", List.copyOf(layer.keySet()));
        Map<Long, Long> next = new HashMap<>();
        tx.read(layerQuery, params).forEach(row -> {
            long node = row.number("node");
            if (!distances.containsKey(node)) {
                distances.put(node, radius + 1);
                next.put(node, row.number("degree"));
                String labelledId = row.string("labelled");
                if (labelledId != null) {
                    labelled.put(node, new Labelled(labelledId, row.number("degree")));
                }
            }
        });
        layer = next;
        radius++;
    }

    /**
     * The exact distances from the centre of those of {@code ids} next to an entity of the ball (one more than the
     * nearest such neighbour's: any neighbour outside the ball is farther than all inside); the others, absent,
     * are more than {@code radius() + 1} hops away. Neighbours are read once: when the ball has grown, a second look
     * at the same entities reads nothing.
     */
    Map<Long, Integer> distancesOfNeighbours(ReadTransaction tx, Collection<Long> ids) {
        List<Long> unread = ids.stream().filter(id -> !neighbours.containsKey(id)).toList();
        if (!unread.isEmpty()) {
            params.put("ids", unread);
            tx.read(neighboursQuery, params).forEach(row ->
                    neighbours.put(row.number("id"), row.numbers("neighbours")));
            unread.forEach(id -> neighbours.putIfAbsent(id, List.of()));
        }
        Map<Long, Integer> found = new HashMap<>();
        ids.forEach(id -> neighbours.get(id).stream().map(distances::get).filter(d -> d != null)
                .mapToInt(d -> d + 1).min().ifPresent(d -> found.put(id, d)));
        return found;
    }

    /** True when the neighbours of {@code id} on the side of the centre have been read. */
    boolean knowsNeighboursOf(long id) {
        return neighbours.containsKey(id);
    }

    /** Roughly how many relationships the next layer will read: the degrees of the outer layer. */
    long growthCost() {
        return layer.values().stream().mapToLong(Long::longValue).sum();
    }

    /** True when the last layer was empty: the ball holds every entity it can reach. */
    boolean complete() {
        return layer.isEmpty();
    }

    int radius() {
        return radius;
    }

    /** Hops from the centre, or null when farther than {@link #radius()}. */
    Integer distance(long id) {
        return distances.get(id);
    }

    /** The entities held that carry the label a path must pass through, by node id. */
    Map<Long, Labelled> labelled() {
        return labelled;
    }
}
