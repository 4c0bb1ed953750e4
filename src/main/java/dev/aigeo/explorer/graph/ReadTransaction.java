package dev.aigeo.explorer.graph;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.TransactionContext;

/**
 * Queries run one after another in one read transaction ({@link Graph#readTogether}): a search that decides its
 * next question from the last answer sees one state of the graph, under one time limit for all of it.
 */
public final class ReadTransaction {

    private final TransactionContext tx;

    ReadTransaction(TransactionContext tx) {
        this.tx = tx;
    }

    public <T> T read(String cypher, Map<String, Object> params, Function<List<Row>, T> mapper) {
        return mapper.apply(tx.run(cypher, params).list(Row::new));
    }

    public List<Row> read(String cypher, Map<String, Object> params) {
        return read(cypher, params, rows -> rows);
    }
}
