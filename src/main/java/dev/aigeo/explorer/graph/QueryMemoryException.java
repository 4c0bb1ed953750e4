package dev.aigeo.explorer.graph;

/** A query wanted more memory than one transaction may use ({@code db.memory.transaction.max}) and was stopped. */
public class QueryMemoryException extends RuntimeException {

    public QueryMemoryException(Throwable cause) {
        super("the query needed more memory than one query may use and was stopped", cause);
    }
}
