package dev.aigeo.explorer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;

/** Neo4j's messages as they came back on 5.26 for statements sent behind the console's EXPLAIN prefix. */
class CypherErrorExceptionTest {

    private static final String SYNTAX = "Neo.ClientError.Statement.SyntaxError";

    @Test
    void givesThePositionInTheUsersOwnTextAndDropsTheEcho() {
        ClientException neo4j = new ClientException(SYNTAX, """
                Invalid input 'RETRN': expected 'MATCH' or 'RETURN' (line 2, column 1 (offset: 8))
                "RETRN 1"
                 ^""");

        CypherErrorException error = CypherErrorException.of(neo4j, AdHocCypher.EXPLAIN);

        assertThat(error.getMessage()).isEqualTo("Invalid input 'RETRN': expected 'MATCH' or 'RETURN' (line 1, column 1 (offset: 0))");
        assertThat(error.position()).isEqualTo(new CypherErrorException.Position(1, 1, 0));
        assertThat(error.code()).isEqualTo(SYNTAX);
    }

    @Test
    void keepsColumnsOfLaterLinesAndShiftsOnlyTheLineAndOffset() {
        ClientException neo4j = new ClientException(SYNTAX,
                "Variable `m` not defined (line 3, column 8 (offset: 25))\n\"RETURN m\"\n        ^");

        CypherErrorException error = CypherErrorException.of(neo4j, AdHocCypher.EXPLAIN);

        assertThat(error.position()).isEqualTo(new CypherErrorException.Position(2, 8, 17));
        assertThat(error.getMessage()).isEqualTo("Variable `m` not defined (line 2, column 8 (offset: 17))");
    }

    @Test
    void hasNoPositionWhenNeo4jGivesNoneOrOneOutsideTheStatement() {
        assertThat(CypherErrorException.of(new ClientException("Neo.ClientError.Statement.ArgumentError",
                "Can't specify multiple conflicting values for execution mode"), AdHocCypher.EXPLAIN).position()).isNull();
        CypherErrorException several = CypherErrorException.of(new ClientException(SYNTAX,
                "Expected exactly one statement per query but got: 2 (line 1, column 0 (offset: 8))"), AdHocCypher.EXPLAIN);
        assertThat(several.position()).isNull();
        assertThat(several.getMessage()).isEqualTo("Expected exactly one statement per query but got: 2");
    }

    @Test
    void leavesPositionsAloneWithoutAPrefix() {
        CypherErrorException error = CypherErrorException.of(new ClientException(SYNTAX,
                "Type mismatch (line 1, column 5 (offset: 4))"), "");

        assertThat(error.position()).isEqualTo(new CypherErrorException.Position(1, 5, 4));
    }
}
