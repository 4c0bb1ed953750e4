package dev.aigeo.explorer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CypherScriptsTest {

    @Test
    void splitsOnSemicolonsThatEndALineAndDropsComments() {
        assertThat(CypherScripts.split("""
                // a comment
                CREATE CONSTRAINT a IF NOT EXISTS
                FOR (n:X) REQUIRE n.id IS UNIQUE;

                // another
                RETURN 'a;b' AS s;
                RETURN 1""")).containsExactly(
                "CREATE CONSTRAINT a IF NOT EXISTS\nFOR (n:X) REQUIRE n.id IS UNIQUE",
                "RETURN 'a;b' AS s",
                "RETURN 1");
    }

    @Test
    void findsTheSchemaFilesOnTheClasspath() {
        assertThat(CypherScripts.statements("/cypher/schema"))
                .anyMatch(s -> s.startsWith("CREATE CONSTRAINT entity_id"))
                .anyMatch(s -> s.startsWith("CREATE FULLTEXT INDEX entity_search"));
    }
}
