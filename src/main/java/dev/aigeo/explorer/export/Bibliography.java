package dev.aigeo.explorer.export;

import dev.aigeo.explorer.dataset.Manifest;
import dev.aigeo.explorer.graph.GraphNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The citation text an export carries: what it holds, where it comes from, under which license, and its sources. */
final class Bibliography {

    private Bibliography() {
    }

    /** "Publisher (published). Title. URL (accessed …)." for one Source node. */
    static String entry(GraphNode source) {
        Map<String, Object> p = source.properties();
        StringBuilder entry = new StringBuilder();
        Object who = p.getOrDefault("publisher", p.get("author"));
        if (who != null) {
            entry.append(who);
            entry.append(p.get("published") == null ? ". " : " (" + p.get("published") + "). ");
        }
        entry.append(source.name()).append(". ").append(p.getOrDefault("url", ""));
        if (p.get("accessed") != null) {
            entry.append(" (accessed ").append(p.get("accessed")).append(')');
        }
        return entry.append('.').toString();
    }

    /** A header: counts, datasets with version and license, attribution, then the numbered sources. */
    static String text(Subgraph subgraph, String exportedAt) {
        List<String> lines = new ArrayList<>();
        lines.add("Exported from the AI Geopolitics Explorer on " + exportedAt + ": " + subgraph.nodes().size()
                + " entities, " + subgraph.edges().size() + " relationships, " + subgraph.sources().size() + " sources.");
        for (Manifest m : subgraph.datasets()) {
            lines.add("Dataset: " + m.name() + (m.version() == null ? "" : " " + m.version())
                    + (m.license() == null ? "" : ", license " + m.license()) + ".");
            if (m.attribution() != null) {
                lines.add("Attribution: " + m.attribution());
            }
        }
        lines.add("Sources:");
        for (int i = 0; i < subgraph.sources().size(); i++) {
            lines.add("[" + (i + 1) + "] " + entry(subgraph.sources().get(i)));
        }
        return String.join("\n", lines);
    }
}
