package dev.aigeo.explorer.graph;

/** Neo4j cannot be reached (down, restarting, or out of retries): the request may succeed later. */
public class GraphUnavailableException extends RuntimeException {

    public GraphUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
