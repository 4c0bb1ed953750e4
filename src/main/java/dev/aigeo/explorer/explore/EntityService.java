package dev.aigeo.explorer.explore;

import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.graph.GraphNode;
import dev.aigeo.explorer.http.ApiException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entity with its properties, its degree per relationship type, and the sources cited by its relationships —
 * by its first {@link #SOURCES_OF} relationships on a hub ({@code sourcesTruncated}), so that the answer takes a
 * time bounded by that cap rather than by the hub's degree.
 */
public final class EntityService {

    static final int SOURCES_OF = 1_000;

    public record Entity(String id, String label, List<String> labels, String name, Map<String, Object> properties,
            Map<String, Long> degree, List<Map<String, Object>> sources, boolean sourcesTruncated) {
    }

    static final String CYPHER = """
            MATCH (n:Entity {id: $id})
            CALL (n) {
              MATCH (n)-[r]-()
              WITH type(r) AS type, count(*) AS count
              ORDER BY type
              RETURN collect({key: type, count: count}) AS degree
            }
            CALL (n) {
              MATCH (n)-[r]-()
              WITH r LIMIT $sourcesOf
              UNWIND coalesce(r.sources, []) AS sourceId
              WITH DISTINCT sourceId
              MATCH (s:Entity {id: sourceId})
              WHERE s:Source
              WITH s
              ORDER BY s.published DESC, s.name
              RETURN collect(s) AS sources
            }
            RETURN n, degree, sources""";

    private final Graph graph;

    public EntityService(Graph graph) {
        this.graph = graph;
    }

    public QueryAnswer<Entity> entity(String id) {
        Map<String, Object> params = Map.of("id", id, "sourcesOf", SOURCES_OF);
        Entity entity = graph.read(CYPHER, params, rows -> {
            if (rows.isEmpty()) {
                throw ApiException.notFound("no entity with id '" + id + "'");
            }
            var row = rows.get(0);
            GraphNode node = row.node("n");
            Map<String, Long> degree = row.counts("degree");
            List<Map<String, Object>> sources = row.nodes("sources").stream().map(EntityService::source).toList();
            boolean truncated = degree.values().stream().mapToLong(Long::longValue).sum() > SOURCES_OF;
            return new Entity(node.id(), node.label(), node.labels(), node.name(), node.properties(), degree, sources,
                    truncated);
        });
        return new QueryAnswer<>(entity, CYPHER, params);
    }

    static Map<String, Object> source(GraphNode node) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("id", node.id());
        source.putAll(node.properties());
        return source;
    }
}
