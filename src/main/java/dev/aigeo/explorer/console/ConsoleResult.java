package dev.aigeo.explorer.console;

import dev.aigeo.explorer.graph.Elements;
import java.util.List;

/** The answer of {@code POST /api/cypher}: a table, the graph it mentions, and how the run went. */
record ConsoleResult(List<String> columns, List<List<Object>> rows, Elements graph, boolean truncated, Summary summary) {

    /** {@code timeMs}: explaining and running together; {@code queryType}: as EXPLAIN reported it. */
    record Summary(long timeMs, String queryType) {
    }
}
