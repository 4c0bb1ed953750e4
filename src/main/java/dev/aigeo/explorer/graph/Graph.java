package dev.aigeo.explorer.graph;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * The app's only door to Neo4j: reads and writes in managed transactions (retried on transient errors) on one
 * fixed database, each with a time limit, and driver failures turned into the app's own exceptions. With an
 * embedded database, {@link #readTogether} (path searches) runs in this JVM instead ({@link #readingInProcess}).
 */
public final class Graph implements AutoCloseable {

    private final Driver driver;
    private final String database;
    private final Duration readTimeout;
    private final GraphDatabaseService inProcess;

    public Graph(Driver driver, String database, Duration readTimeout) {
        this(driver, database, readTimeout, null);
    }

    private Graph(Driver driver, String database, Duration readTimeout, GraphDatabaseService inProcess) {
        this.driver = driver;
        this.database = database;
        this.readTimeout = readTimeout;
        this.inProcess = inProcess;
    }

    /**
     * The same graph, whose {@link #readTogether} runs in this JVM through Neo4j's embedded API ({@code embedded}
     * is the same database, started here): see {@link InProcessReads}. Everything else still goes through the
     * driver. It shares this graph's driver: close one of the two.
     */
    public Graph readingInProcess(GraphDatabaseService embedded) {
        return new Graph(driver, database, readTimeout, embedded);
    }

    /** A driver for {@code uri}; with no password it connects without authentication. */
    public static Graph connect(URI uri, String user, String password, String database, Duration readTimeout) {
        AuthToken auth = password == null ? AuthTokens.none() : AuthTokens.basic(user, password);
        Config config = Config.builder()
                .withMaxTransactionRetryTime(5, java.util.concurrent.TimeUnit.SECONDS)
                .withConnectionAcquisitionTimeout(5, java.util.concurrent.TimeUnit.SECONDS)
                .withConnectionTimeout(3, java.util.concurrent.TimeUnit.SECONDS)
                .withLogging(org.neo4j.driver.Logging.slf4j())
                .build();
        return new Graph(GraphDatabase.driver(uri, auth, config), database, readTimeout);
    }

    /** True when {@link #readTogether} runs in this JVM ({@link #readingInProcess}). */
    public boolean readsInProcess() {
        return inProcess != null;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    /** Runs a read query with the default time limit and maps its rows inside the transaction. */
    public <T> T read(String cypher, Map<String, Object> params, Function<List<Row>, T> mapper) {
        return read(cypher, params, readTimeout, mapper);
    }

    public <T> T read(String cypher, Map<String, Object> params, Duration timeout, Function<List<Row>, T> mapper) {
        return translate(timeout, () -> {
            try (Session session = session()) {
                return session.executeRead(
                        tx -> mapper.apply(tx.run(cypher, params).list(Row::new)), TransactionConfig.builder().withTimeout(timeout).build());
            }
        });
    }

    /** Several queries in one read transaction, under the default time limit for all of them together. */
    public <T> T readTogether(Function<ReadTransaction, T> work) {
        if (inProcess != null) {
            return InProcessReads.readTogether(inProcess, readTimeout, work);
        }
        return readTransaction(readTimeout, tx -> work.apply(new ReadTransaction((cypher, params) ->
                tx.run(cypher, params).list(Row::new))));
    }

    public List<Row> read(String cypher, Map<String, Object> params) {
        return read(cypher, params, rows -> rows);
    }

    /** Runs work in one write transaction (retried as a whole on transient errors, so it must be idempotent). */
    public <T> T write(Duration timeout, Function<TransactionContext, T> work) {
        return translate(timeout, () -> {
            try (Session session = session()) {
                return session.executeWrite(work::apply, TransactionConfig.builder().withTimeout(timeout).build());
            }
        });
    }

    /** Runs one write statement in its own write transaction and returns its rows (mapped inside it). */
    public <T> T write(String cypher, Map<String, Object> params, Function<List<Row>, T> mapper) {
        return write(readTimeout, tx -> mapper.apply(tx.run(cypher, params).list(Row::new)));
    }

    /** The server's version, asking with a short time limit; throws GraphUnavailableException when down. */
    public String version() {
        Duration limit = Duration.ofSeconds(3);
        return read("CALL dbms.components() YIELD versions RETURN versions[0] AS version", Map.of(), limit,
                rows -> rows.isEmpty() ? "unknown" : rows.get(0).string("version"));
    }

    private Session session() {
        return driver.session(SessionConfig.forDatabase(database));
    }

    private static <T> T translate(Duration timeout, Supplier<T> call) {
        try {
            return call.get();
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw new GraphUnavailableException("Neo4j is not reachable", e);
        } catch (TransientException e) {
            throw new GraphUnavailableException("Neo4j is busy or restarting", e);
        } catch (ClientException e) {
            if (e.code() != null && e.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
                throw new QueryTimeoutException(timeout, e);
            }
            throw e;
        }
    }

    @Override
    public void close() {
        driver.close();
    }

    /** Runs work in one read transaction with a time limit; the console streams its results with it. */
    <T> T readTransaction(Duration timeout, Function<TransactionContext, T> work) {
        return translate(timeout, () -> {
            try (Session session = session()) {
                return session.executeRead(work::apply, TransactionConfig.builder().withTimeout(timeout).build());
            }
        });
    }
}
