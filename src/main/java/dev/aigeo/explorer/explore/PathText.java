package dev.aigeo.explorer.explore;

import dev.aigeo.explorer.graph.GraphEdge;
import dev.aigeo.explorer.graph.GraphNode;
import dev.aigeo.explorer.graph.GraphPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Reads a path as a sentence with a citation per hop: "State Council issued AI+ Opinions (2025-08-21)
 * [State Council 2025], which promotes Alibaba Cloud [Zendoric 2026], which operates …".
 */
final class PathText {

    private final Map<String, Map<String, Object>> sources;
    private final Phrases phrases;
    /** Each hop's clause, by relationship and direction: the paths of one answer share most of their hops. */
    private final Map<String, String> clauses = new HashMap<>();

    /** {@code sources} maps a Source id to its display properties (name, publisher, published, url). */
    PathText(Map<String, Map<String, Object>> sources, Phrases phrases) {
        this.sources = sources;
        this.phrases = phrases;
    }

    String sentence(GraphPath path) {
        StringBuilder text = new StringBuilder(describe(path.nodes().get(0)));
        for (int i = 0; i < path.length(); i++) {
            text.append(i == 0 ? " " : ", which ").append(clause(path, i));
        }
        return text.append('.').toString();
    }

    /** "promotes Alibaba Cloud [Zendoric 2026]": the i-th hop's phrase, where it leads, and its citation. */
    private String clause(GraphPath path, int i) {
        GraphEdge edge = path.edges().get(i);
        boolean forward = path.forward(i);
        return clauses.computeIfAbsent(edge.id() + (forward ? ">" : "<"), key -> phrases.of(edge.type(), forward)
                + ' ' + describe(path.nodes().get(i + 1)) + validity(edge) + ' ' + citation(edge.sources(), sources));
    }

    /** The name, with the date or code that tells similar entities apart. */
    static String describe(GraphNode node) {
        Map<String, Object> p = node.properties();
        Object detail = "CloudRegion".equals(node.label()) ? p.get("code")
                : firstPresent(p, "issued", "released", "date");
        return detail == null ? node.name() : node.name() + " (" + detail + ")";
    }

    private static Object firstPresent(Map<String, Object> properties, String... keys) {
        for (String key : keys) {
            if (properties.get(key) != null) {
                return properties.get(key);
            }
        }
        return null;
    }

    private static String validity(GraphEdge edge) {
        Object since = edge.properties().get("since");
        Object until = edge.properties().get("until");
        if (since != null && until != null) {
            return " (" + since + " to " + until + ")";
        }
        if (since != null) {
            return " (since " + since + ")";
        }
        return until != null ? " (until " + until + ")" : "";
    }

    private static String citation(List<String> ids, Map<String, Map<String, Object>> sources) {
        if (ids.isEmpty()) {
            return "[no source]";
        }
        StringJoiner text = new StringJoiner("; ", "[", "]");
        for (String id : ids) {
            text.add(cited(id, sources.get(id)));
        }
        return text.toString();
    }

    /** "Zendoric 2026": who published the source, and the year; its id when it is not among the sources. */
    private static String cited(String id, Map<String, Object> source) {
        if (source == null) {
            return id;
        }
        Object who = source.getOrDefault("publisher", source.get("name"));
        Object when = source.get("published");
        return when == null ? String.valueOf(who) : who + " " + String.valueOf(when).substring(0, 4);
    }
}
