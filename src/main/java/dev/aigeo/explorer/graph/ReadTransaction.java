package dev.aigeo.explorer.graph;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Queries run one after another in one read transaction ({@link Graph#readTogether}): a search that decides its
 * next question from the last answer sees one state of the graph, under one time limit for all of it.
 */
public final class ReadTransaction {

    private final BiFunction<String, Map<String, Object>, List<Row>> run;

    /** {@code run} runs a query in the transaction (through the driver, or in process) and returns its rows. */
    ReadTransaction(BiFunction<String, Map<String, Object>, List<Row>> run) {
        this.run = run;
    }

    public <T> T read(String cypher, Map<String, Object> params, Function<List<Row>, T> mapper) {
        return mapper.apply(run.apply(cypher, params));
    }

    public List<Row> read(String cypher, Map<String, Object> params) {
        return read(cypher, params, rows -> rows);
    }
}
