package dev.aigeo.explorer.explore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the Cypher of a path request from GQL path patterns (Neo4j 5.26): a selector ({@code SHORTEST 1},
 * {@code ALL SHORTEST}, {@code SHORTEST k GROUPS}) over quantified hops whose relationships and nodes are checked
 * inline, so the search itself skips what the request excludes. Everything the user chose is a parameter except
 * what Cypher cannot take as one: numbers checked by {@link PathRequest} (hop bounds, k), fixed arrows, and the
 * relationship types, names from the schema ({@link SchemaNames#typeExpression}).
 */
final class PathQuery {

    /** Upper bound on paths read back from the database for ranking. */
    static final int MAX_ROWS = 200;

    /**
     * A label pattern's labels between its ends, checked after the search from both ends (so that it stays one)
     * among the first paths it found: the path's inner nodes must carry them in order.
     */
    private static final String VIA_BETWEEN = """
            WITH p LIMIT %d
            WITH p WHERE reduce(matched = 1, n IN nodes(p)[1..-1] | CASE WHEN matched < size($via) - 1
              AND $via[matched] IN labels(n) THEN matched + 1 ELSE matched END) = size($via) - 1
            """.formatted(MAX_ROWS);

    private PathQuery() {
    }

    /**
     * The attempts to make in turn until one is settled ({@link FoundPaths#settled}). Shortest paths (one or all)
     * are first looked for from both ends at once; with a label pattern, among them those that follow it. No path
     * that follows the pattern can be shorter than the shortest of all, so when any of those does, they are the
     * answer. Otherwise, through one label between the ends, {@link ViaSearch} finds where the shortest paths that
     * follow the pattern pass it, and they are read from both ends of each half; the pattern's own search
     * ({@link #quantified}) runs for longer patterns, when every path through those middles would cross itself,
     * and when that search gave up ({@link ViaSearch#MAX_READ}). All attempts share one read transaction and its
     * time limit. On a million nodes a via search next to hubs took 2–10 s where the search from both ends takes
     * tens of milliseconds.
     */
    static List<PathAttempt> attempts(PathRequest request) {
        Map<String, Object> params = params(request);
        PathAttempt quantified = ranked(quantified(request), params);
        if (request.mode() == PathRequest.Mode.K_SHORTEST || request.from().equals(request.to())) {
            return List.of(quantified);
        }
        PathAttempt bidirectional = ranked(bidirectional(request), params);
        if (request.via() == null || request.via().size() == 2) {
            return List.of(bidirectional);
        }
        return request.via().size() == 3
                ? List.of(bidirectional, throughMiddles(request, params), quantified)
                : List.of(bidirectional, quantified);
    }

    private static PathAttempt ranked(String cypher, Map<String, Object> params) {
        return tx -> FoundPaths.read(tx, cypher, params);
    }

    private static PathAttempt throughMiddles(PathRequest request, Map<String, Object> params) {
        return tx -> {
            Map<String, Object> withMiddles = new HashMap<>(params);
            Optional<List<String>> middles = ViaSearch.middles(tx, request);
            withMiddles.put("middles", middles.orElse(List.of()));
            String cypher = throughMiddlesCypher(request);
            if (middles.isEmpty()) {
                return FoundPaths.notFound(cypher, withMiddles);
            }
            return middles.get().isEmpty() ? FoundPaths.provedNone(cypher, withMiddles)
                    : FoundPaths.read(tx, cypher, withMiddles);
        };
    }

    /**
     * Shortest paths: {@code allShortestPaths}, whose search runs from both ends at once with the conditions on
     * every hop checked as it goes. The GQL form searches from one end only: on a million nodes with hubs it took
     * over 10 s where this takes 0.1 s. Shortest paths are simple, so no filter is needed. With a label pattern,
     * the ends must carry its first and last labels, and the paths read back are kept when their other nodes carry
     * the rest in order (matched greedily, which finds an ordered match whenever there is one).
     */
    private static String bidirectional(PathRequest request) {
        return """
                MATCH (a:Entity {id: $from}), (b:Entity {id: $to})%s
                MATCH p = allShortestPaths((a)-[%s*1..%d]%s(b))
                WHERE %s
                %s%s""".formatted(endsAllowed(request), SchemaNames.typeExpression(request.types()),
                request.maxHops(), request.outgoingOnly() ? "->" : "-",
                pathAllowed(request, "p", "(NOT n:Source OR n.id IN [$from, $to])"),
                request.via() == null ? "" : VIA_BETWEEN, rankedWithSources(request));
    }

    /**
     * The hops of {@code path} are valid on the date asked, and its nodes are entities that existed then and meet
     * {@code nodeCondition} (on {@code n}): checked as the search from both ends goes.
     */
    private static String pathAllowed(PathRequest request, String path, String nodeCondition) {
        String existed = AsOf.entity("n", request.asOf());
        String relationshipsValid = request.asOf() == null ? null
                : "all(r IN relationships(%s) WHERE %s)".formatted(path, AsOf.relationship("r", request.asOf()));
        return Conditions.and(relationshipsValid, "all(n IN nodes(%s) WHERE n:Entity AND %s%s)"
                .formatted(path, nodeCondition, existed == null ? "" : " AND " + existed));
    }

    /** The ends existed on the date asked, and carry the first and last labels of the pattern. */
    static String endsAllowed(PathRequest request) {
        String viaEnds = request.via() == null ? null : "$via[0] IN labels(a) AND $via[size($via) - 1] IN labels(b)";
        String where = Conditions.where(AsOf.entity("a", request.asOf()), AsOf.entity("b", request.asOf()), viaEnds);
        return where.isEmpty() ? "" : "\n" + where;
    }

    private static String quantified(PathRequest request) {
        int segments = request.via() == null ? 1 : request.via().size() - 1;
        int perSegment = request.maxHops() - (segments - 1);
        String arrow = request.outgoingOnly() ? "->" : "-";
        String types = SchemaNames.typeExpression(request.types());
        StringBuilder pattern = new StringBuilder("(a)");
        LocalDate asOf = request.asOf();
        for (int i = 0; i < segments; i++) {
            String valid = AsOf.relationship("r" + i, asOf);
            pattern.append("\n  ((:Entity)-[r%1$d%2$s%3$s]%4$s"
                    .formatted(i, types, valid == null ? "" : " WHERE " + valid, arrow));
            String existed = AsOf.entity("n" + i, asOf);
            pattern.append("(n%1$d:Entity WHERE (NOT n%1$d:Source OR n%1$d.id = $to)%2$s)){1,%3$d}"
                    .formatted(i, existed == null ? "" : " AND " + existed, perSegment));
            if (i < segments - 1) {
                pattern.append("\n  (m%1$d WHERE $via[%1$d + 1] IN labels(m%1$d))".formatted(i));
            }
        }
        pattern.append("\n  (b)");
        return """
                MATCH (a:Entity {id: $from}), (b:Entity {id: $to})%s
                MATCH p = %s %s
                WHERE length(p) <= $maxHops
                  AND all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
                %s""".formatted(endsAllowed(request), selector(request), pattern, rankedWithSources(request));
    }

    /**
     * At most {@link #MAX_ROWS} of the paths found, ranked as {@link PathService#rank} ranks them (length, mean
     * confidence, then the node ids), only as many as the mode keeps, sent back in one row ({@link FoundPaths#read}):
     * each path as the element ids of its nodes and relationships, and each element and each source its hops cite
     * once. The paths of a search share most of their elements (177 shortest paths on a million nodes hold 10 nodes
     * and 185 relationships, and cite 231 sources): sending every path whole, with its sources, took a third of the
     * query's time there. {@code nodes} and {@code hops} are the lists of a path's nodes and relationships.
     */
    private static String rankedWithSources(PathRequest request, String columns, String nodes, String hops) {
        return """
                WITH %1$s LIMIT %4$d
                WITH %1$s, reduce(sum = 0.0, r IN %3$s | sum + CASE r.confidence WHEN 'high' THEN 3
                  WHEN 'medium' THEN 2 ELSE 1 END) / size(%3$s) AS confidence
                ORDER BY size(%3$s), confidence DESC, [n IN %2$s | n.id]
                LIMIT %5$d
                WITH collect({nodes: %2$s, relationships: %3$s}) AS found
                RETURN [f IN found | [n IN f.nodes | elementId(n)]] AS pathNodes,
                  [f IN found | [r IN f.relationships | elementId(r)]] AS pathRelationships,
                  COLLECT { UNWIND found AS f UNWIND f.nodes AS n RETURN DISTINCT n } AS nodes,
                  COLLECT { UNWIND found AS f UNWIND f.relationships AS r RETURN DISTINCT r } AS relationships,
                  COLLECT {
                    UNWIND found AS f
                    UNWIND f.relationships AS hop
                    UNWIND coalesce(hop.sources, []) AS sourceId
                    WITH DISTINCT sourceId
                    MATCH (s:Entity {id: sourceId})
                    WHERE s:Source
                    RETURN s
                  } AS sources""".formatted(columns, nodes, hops, MAX_ROWS, request.kept());
    }

    private static String rankedWithSources(PathRequest request) {
        return rankedWithSources(request, "p", "nodes(p)", "relationships(p)");
    }

    /**
     * The shortest paths through the given middles ({@code $middles}, found by {@link ViaSearch}): from the start to
     * each middle and from there to the end, both searched from both ends at once, joined where they share no
     * node. Each half keeps off the other end, as the search that found the middles did.
     */
    static String throughMiddlesCypher(PathRequest request) {
        String types = SchemaNames.typeExpression(request.types());
        String arrow = request.outgoingOnly() ? "->" : "-";
        return """
                MATCH (a:Entity {id: $from}), (b:Entity {id: $to})%7$s
                UNWIND $middles AS middle
                MATCH (m:Entity {id: middle})
                MATCH p1 = allShortestPaths((a)-[%1$s*1..%2$d]%3$s(m))
                WHERE %4$s
                MATCH p2 = allShortestPaths((m)-[%1$s*1..%2$d]%3$s(b))
                WHERE %5$s
                WITH p1, p2 WHERE none(n IN nodes(p1)[..-1] WHERE n IN nodes(p2))
                WITH DISTINCT nodes(p1) + tail(nodes(p2)) AS walked, relationships(p1) + relationships(p2) AS hops
                %6$s""".formatted(types, request.maxHops() - 1, arrow, halfAllowed(request, "p1", "b", "a"),
                halfAllowed(request, "p2", "a", "b"), rankedWithSources(request, "walked, hops", "walked", "hops"),
                endsAllowed(request));
    }

    /** Half path {@code path}: allowed, off {@code avoided}, and only {@code end} may be a Source. */
    private static String halfAllowed(PathRequest request, String path, String avoided, String end) {
        return pathAllowed(request, path, "n <> %s AND (NOT n:Source OR n = %s)".formatted(avoided, end));
    }

    /** "shortest" also reads all the shortest paths, so that the most confident one wins rather than any one. */
    private static String selector(PathRequest request) {
        return switch (request.mode()) {
            case SHORTEST, ALL_SHORTEST -> "ALL SHORTEST";
            case K_SHORTEST -> "SHORTEST " + request.k() + " GROUPS";
        };
    }

    static Map<String, Object> params(PathRequest request) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", request.from());
        params.put("to", request.to());
        params.put("maxHops", request.maxHops());
        params.put("via", request.via() == null ? null : new ArrayList<>(request.via()));
        params.put("asOf", request.asOf());
        return params;
    }

}
