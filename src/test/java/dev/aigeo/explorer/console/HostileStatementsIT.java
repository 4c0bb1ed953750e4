package dev.aigeo.explorer.console;

import static dev.aigeo.explorer.console.ConsoleClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every statement security.md lists (and more) sent to the console as an attacker would: each is refused before it
 * runs (422, or 400 where Neo4j itself rejects the text), the graph keeps its node and relationship counts, and the
 * server still answers. LOAD CSV over http must not even connect.
 */
class HostileStatementsIT {

    private static final String READ_ONLY = "The console is read-only";
    private static final String SCHEMA = "would change the schema";
    private static final String ADMINISTRATION = "administration commands are not available";
    private static final String NOT_AVAILABLE = "is not available in the console";

    @RegisterExtension
    static final ConsoleClient console = ConsoleClient.onDefaultDataset(Map.of());

    static List<Arguments> hostile() {
        return List.of(
                refused("CREATE (:Pwned {by: 'console'})", READ_ONLY),
                refused("MERGE (n:Entity {id: 'lab:pwned'}) RETURN n", READ_ONLY),
                refused("MATCH (n:Lab {id: 'lab:deepseek'}) SET n.name = 'pwned'", READ_ONLY),
                refused("MATCH (n:Lab {id: 'lab:deepseek'}) DETACH DELETE n", READ_ONLY),
                refused("MATCH ()-[r:RESTRICTS]->() DELETE r", READ_ONLY),
                refused("MATCH (n:Lab {id: 'lab:deepseek'}) REMOVE n:Lab", READ_ONLY),
                refused("FOREACH (i IN range(1, 3) | CREATE (:Pwned))", READ_ONLY),
                refused("CALL { CREATE (:Pwned) }", READ_ONLY),
                refused("MATCH (n:Lab) CALL (n) { SET n.pwned = true } RETURN count(*)", READ_ONLY),
                refused("UNWIND range(1, 3) AS i CALL (i) { CREATE (:Pwned) } IN TRANSACTIONS", READ_ONLY),
                refused("WITH 'Pwned' AS label CREATE (:$(label))", READ_ONLY),
                refused("CALL db.createLabel('Pwned')", "db.createLabel " + NOT_AVAILABLE),
                refused("// only a read\nCREATE (:Pwned)", READ_ONLY),
                refused("MATCH (n:Lab) /* just looking */ SET n.pwned = true RETURN n", READ_ONLY),
                refused("MATCH (n:Lab) \\u0053ET n.pwned = true", READ_ONLY),
                refused("CREATE INDEX pwned FOR (n:Lab) ON (n.name)", SCHEMA),
                refused("CREATE CONSTRAINT pwned FOR (n:Pwned) REQUIRE n.id IS UNIQUE", SCHEMA),
                refused("DROP INDEX entity_search", SCHEMA),
                refused("DROP CONSTRAINT entity_id", SCHEMA),
                refused("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", "LOAD CSV is not available"),
                refused("LOAD CSV WITH HEADERS FROM 'file:///etc/hosts' AS row CREATE (:Pwned)", "LOAD CSV is not available"),
                refused("SHOW USERS", ADMINISTRATION),
                refused("SHOW CURRENT USER", ADMINISTRATION),
                refused("SHOW DATABASES", ADMINISTRATION),
                refused("SHOW TRANSACTIONS", "(ShowTransactions)"),
                refused("SHOW SETTINGS", "(ShowSettings)"),
                refused("SHOW PROCEDURES", "(ShowProcedures)"),
                refused("SHOW FUNCTIONS YIELD name RETURN name", "(ShowFunctions)"),
                refused("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "(TerminateTransactions)"),
                refused("STOP DATABASE neo4j", "Administration commands"),
                refused("CREATE DATABASE pwned", "Administration commands"),
                refused("CREATE USER pwned SET PASSWORD 'pwned-pwned'", ADMINISTRATION),
                refused("ALTER USER neo4j SET PASSWORD 'pwned-pwned'", ADMINISTRATION),
                refused("CALL dbms.listConfig()", "The procedure dbms.listConfig " + NOT_AVAILABLE),
                refused("CALL `dbms`.`listConfig`() YIELD name, value RETURN name, value", "dbms.listConfig " + NOT_AVAILABLE),
                refused("CALL dbms.components()", "dbms.components " + NOT_AVAILABLE),
                refused("CALL db.clearQueryCaches()", "db.clearQueryCaches " + NOT_AVAILABLE),
                refused("CALL db.ping()", "db.ping " + NOT_AVAILABLE),
                refused("CALL tx.setMetaData({by: 'console'})", "tx.setMetaData " + NOT_AVAILABLE),
                refused("MATCH (n:Lab) CALL db.awaitIndexes() RETURN n", "db.awaitIndexes " + NOT_AVAILABLE),
                refused("USE system SHOW USERS", "USE is not available"),
                refused("USE system CALL dbms.listConfig()", "USE is not available"),
                refused("USE neo4j MATCH (n) RETURN count(n)", "USE is not available"),
                refused("RETURN 1; RETURN 2", "one statement at a time"),
                refused("MATCH (n) RETURN count(n);\nCREATE (:Pwned)", "one statement at a time"),
                refused("RETURN 1 \\u003B CREATE (:Pwned)", "one statement at a time"),
                refused("EXPLAIN CREATE (:Pwned)", "EXPLAIN and PROFILE are not available"),
                refused("PROFILE CREATE (:Pwned)", "EXPLAIN and PROFILE are not available"),
                refused("/* hidden */ profile MATCH (n) SET n.pwned = true", "EXPLAIN and PROFILE are not available"),
                rejectedByNeo4j("\\u0050ROFILE CREATE (:Pwned)", "conflicting values for execution mode"),
                rejectedByNeo4j("CALL { SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery } RETURN currentQuery",
                        "Invalid input 'SHOW'"));
    }

    private static Arguments refused(String statement, String reason) {
        return Arguments.of(statement, 422, reason);
    }

    private static Arguments rejectedByNeo4j(String statement, String reason) {
        return Arguments.of(statement, 400, reason);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void isRefusedAndChangesNothing(String statement, int status, String reason) {
        long[] before = ConsoleClient.counts();

        assertProblem(console.run(statement), status, reason);

        console.assertUnchangedAndHealthy(before);
        assertThat(ConsoleClient.counts()[0]).isGreaterThan(800);
    }

    static List<String> urlsOfTheListener() {
        return List.of("http://127.0.0.1:%d/data.csv", "http://localhost:%d/data.csv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("urlsOfTheListener")
    void loadCsvOverHttpNeverConnects(String url) throws IOException {
        long[] before = ConsoleClient.counts();
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String target = url.formatted(listener.getLocalPort());

            assertProblem(console.run("LOAD CSV FROM '" + target + "' AS line RETURN line"), 422, "LOAD CSV is not available");
            assertProblem(console.run("LOAD CSV WITH HEADERS FROM $url AS row RETURN row", Map.of("url", target), null),
                    422, "LOAD CSV is not available");
            assertProblem(console.run("MATCH (n:Lab) WITH n LIMIT 1 LOAD CSV FROM $url + n.id AS line RETURN line",
                    Map.of("url", target), null), 422, "LOAD CSV is not available");

            listener.setSoTimeout(500);
            assertThatThrownBy(listener::accept).as("connections the listener received").isInstanceOf(SocketTimeoutException.class);
        }
        console.assertUnchangedAndHealthy(before);
    }
}
