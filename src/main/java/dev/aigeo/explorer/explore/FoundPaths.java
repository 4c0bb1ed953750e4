package dev.aigeo.explorer.explore;

import dev.aigeo.explorer.graph.GraphPath;
import dev.aigeo.explorer.graph.ReadTransaction;
import dev.aigeo.explorer.graph.Row;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one {@link PathAttempt} found: the paths, the sources their hops cite (by id), and the Cypher that found
 * them with its parameters. It is settled when it is the answer: when it holds paths, or when the attempt proved
 * there are none.
 */
record FoundPaths(List<GraphPath> paths, Map<String, Map<String, Object>> sources, String cypher,
        Map<String, Object> params, boolean settled) {

    /**
     * Runs a ranked path query ({@link PathQuery}), whose one row holds the paths as element ids, their elements and
     * the sources their hops cite.
     */
    static FoundPaths read(ReadTransaction tx, String cypher, Map<String, Object> params) {
        return tx.read(cypher, params, rows -> {
            Row row = rows.get(0);
            Map<String, Map<String, Object>> sources = new LinkedHashMap<>();
            row.nodes("sources").forEach(s -> sources.put(s.id(), EntityService.source(s)));
            List<GraphPath> paths = row.paths("pathNodes", "pathRelationships", "nodes", "relationships");
            return new FoundPaths(paths, sources, cypher, params, !paths.isEmpty());
        });
    }

    /** No path here: the next attempt may find some. */
    static FoundPaths notFound(String cypher, Map<String, Object> params) {
        return new FoundPaths(List.of(), Map.of(), cypher, params, false);
    }

    /** No path, and none to look for elsewhere. */
    static FoundPaths provedNone(String cypher, Map<String, Object> params) {
        return new FoundPaths(List.of(), Map.of(), cypher, params, true);
    }
}
