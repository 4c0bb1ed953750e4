package dev.aigeo.explorer.graph;

import java.time.Duration;

/** A query ran past its time limit and was stopped by the database. */
public class QueryTimeoutException extends RuntimeException {

    private final Duration limit;

    public QueryTimeoutException(Duration limit, Throwable cause) {
        super("the query took longer than " + limit.toMillis() / 1000.0 + " s and was stopped", cause);
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }
}
