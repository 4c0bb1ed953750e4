package dev.aigeo.explorer.explore;

import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.graph.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Full-text search over names, aliases, descriptions and codes, tolerant of case, accents and small typos. */
public final class SearchService {

    /** One hit; {@code matched} says which field matched ({@code id, name, alias, code, description, similar}). */
    public record Result(String id, String label, String name, double score, String matched, String matchedText) {
    }

    static final String CYPHER = """
            CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $candidates})
            YIELD node, score
            WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
            RETURN node.id AS id,
                   coalesce(node.primaryLabel, [l IN labels(node) WHERE l <> 'Entity'][0]) AS label,
                   node.name AS name, node.aliases AS aliases, node.code AS code, node.description AS description, score
            UNION
            MATCH (node:Entity {id: $text})
            WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
            RETURN node.id AS id,
                   coalesce(node.primaryLabel, [l IN labels(node) WHERE l <> 'Entity'][0]) AS label,
                   node.name AS name, node.aliases AS aliases, node.code AS code, node.description AS description,
                   1000.0 AS score""";

    private final Graph graph;

    public SearchService(Graph graph) {
        this.graph = graph;
    }

    public QueryAnswer<List<Result>> search(String text, List<String> labels, int limit) {
        String lucene = SearchText.lucene(text);
        Map<String, Object> params = new HashMap<>();
        params.put("query", lucene == null ? "\"\"" : lucene);
        params.put("text", text);
        params.put("labels", labels);
        params.put("candidates", labels == null ? Math.max(50, limit * 3) : 300);
        List<String> typed = SearchText.words(text);
        List<Result> results = graph.read(CYPHER, params, rows -> rows.stream().map(r -> rank(r, text, typed))
                .sorted(Comparator.comparingDouble(Result::score).reversed().thenComparing(Result::name))
                .limit(limit)
                .toList());
        return new QueryAnswer<>(results, CYPHER, params);
    }

    private static Result rank(Row row, String text, List<String> typed) {
        String name = row.string("name");
        String folded = SearchText.fold(text.trim());
        double score = row.decimal("score");
        if (score >= 1000) {
            return new Result(row.string("id"), row.string("label"), name, score, "id", row.string("id"));
        }
        String matched;
        String matchedText = null;
        double bonus = 0;
        List<String> aliases = new ArrayList<>(row.strings("aliases"));
        String code = row.string("code");
        if (SearchText.prefixMatch(typed, name)) {
            matched = "name";
            bonus = SearchText.fold(name).equals(folded) ? 100 : SearchText.fold(name).startsWith(folded) ? 50 : 20;
        } else if (aliases.stream().anyMatch(a -> SearchText.prefixMatch(typed, a))) {
            matched = "alias";
            matchedText = aliases.stream().filter(a -> SearchText.prefixMatch(typed, a)).findFirst().orElseThrow();
            bonus = SearchText.fold(matchedText).equals(folded) ? 80 : 15;
        } else if (SearchText.prefixMatch(typed, code)) {
            matched = "code";
            matchedText = code;
            bonus = SearchText.fold(code).equals(folded) ? 80 : 15;
        } else if (SearchText.prefixMatch(typed, row.string("description"))) {
            matched = "description";
        } else {
            matched = "similar";
        }
        return new Result(row.string("id"), row.string("label"), name, Math.round((score + bonus) * 1000) / 1000.0,
                matched, matchedText);
    }
}
