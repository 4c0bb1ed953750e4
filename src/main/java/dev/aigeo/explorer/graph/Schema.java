package dev.aigeo.explorer.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Applies {@code cypher/schema/*.cypher} (idempotent: every statement says IF NOT EXISTS) and waits for indexes. */
public final class Schema {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private Schema() {
    }

    public static void apply(Graph graph) {
        List<String> statements = CypherScripts.statements("/cypher/schema");
        for (String statement : statements) {
            graph.write(TIMEOUT, tx -> tx.run(statement).consume());
        }
        graph.read("CALL db.awaitIndexes(300)", Map.of(), TIMEOUT, rows -> rows);
    }
}
