package dev.aigeo.explorer.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.neo4j.driver.Result;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * Statements written by visitors of the console: explained without running, and run in a read transaction with a
 * time limit, pulling rows only up to a cap. Deciding whether a statement may run is the caller's job.
 */
public final class AdHocCypher {

    static final String EXPLAIN = "EXPLAIN\n";
    private static final String TIMED_OUT = "Neo.ClientError.Transaction.TransactionTimedOut";
    private static final String OUT_OF_MEMORY = "Neo.TransientError.General.MemoryPoolOutOfMemoryError";

    private final Graph graph;
    private final Duration timeout;

    public AdHocCypher(Graph graph, Duration timeout) {
        this.graph = graph;
        this.timeout = timeout;
    }

    /** The plan of {@code statement}; a statement Neo4j cannot compile is a {@link CypherErrorException}. */
    public PlanSummary explain(String statement, Map<String, Object> params) {
        return graph.readTransaction(timeout, tx -> userError(EXPLAIN,
                () -> PlanSummary.of(tx.run(EXPLAIN + statement, params).consume())));
    }

    /**
     * Runs {@code statement} and keeps its first {@code rowCap} rows. The driver pulls rows in batches as they are
     * read, so a huge result costs one batch beyond the cap; the rest is discarded, not computed.
     */
    public StreamedResult stream(String statement, Map<String, Object> params, int rowCap) {
        return graph.readTransaction(timeout, tx -> userError("", () -> {
            Result result = tx.run(statement, params);
            ResultCells cells = new ResultCells();
            List<List<Object>> rows = new ArrayList<>();
            while (rows.size() < rowCap && result.hasNext()) {
                rows.add(cells.row(result.next()));
            }
            boolean truncated = result.hasNext();
            List<String> columns = result.keys();
            result.consume();
            return new StreamedResult(columns, rows, cells.graph(tx), truncated);
        }));
    }

    /**
     * Errors that are the statement's own fault, turned into exceptions the driver does not retry: a memory error
     * is transient to the driver, but running the same statement again would only use the same memory again.
     * Timeouts go on to {@link Graph}, which reports them with the limit.
     */
    private static <T> T userError(String prefix, Supplier<T> work) {
        try {
            return work.get();
        } catch (ClientException e) {
            if (e.code() != null && e.code().startsWith(TIMED_OUT)) {
                throw e;
            }
            throw CypherErrorException.of(e, prefix);
        } catch (TransientException e) {
            if (OUT_OF_MEMORY.equals(e.code())) {
                throw new QueryMemoryException(e);
            }
            throw e;
        }
    }
}
