package dev.aigeo.explorer.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aigeo.explorer.graph.PlanSummary;
import dev.aigeo.explorer.graph.PlanSummary.Operator;
import dev.aigeo.explorer.http.ApiException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The gate's decisions on plans as EXPLAIN reports them on Neo4j 5.26 (see verified-stack.md). */
class StatementGateTest {

    private final StatementGate gate = new StatementGate("neo4j");

    private static PlanSummary plan(String queryType, Operator... operators) {
        return new PlanSummary(queryType, List.of(operators));
    }

    private static Operator op(String type, String details) {
        return new Operator(type, "neo4j", details);
    }

    private void assertRefused(PlanSummary plan, String reason) {
        assertThatThrownBy(() -> gate.checkPlan(plan))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(422));
    }

    @Test
    void letsPlainReadsAndAllowedProceduresThrough() {
        assertThatCode(() -> gate.checkPlan(plan("READ_ONLY", op("ProduceResults", "n"), op("NodeByLabelScan", "n:Lab"))))
                .doesNotThrowAnyException();
        assertThatCode(() -> gate.checkPlan(plan("READ_ONLY", op("ProcedureCall",
                "db.index.fulltext.queryNodes($autostring_0, $autostring_1) :: (node :: NODE)"))))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesWritesAndSchemaChangesByQueryType() {
        assertRefused(plan("WRITE_ONLY", op("Create", "(n:X)")), "would change data");
        assertRefused(plan("READ_WRITE", op("SetProperty", "n.x = 1")), "would change data");
        assertRefused(plan("SCHEMA_WRITE", op("CreateIndex", "RANGE INDEX foo FOR (:X) ON (y)")), "change the schema");
    }

    @Test
    void refusesReadOnlyPlansThatLoadCsvShowOrTerminate() {
        assertRefused(plan("READ_ONLY", op("ProduceResults", "l"), op("LoadCSV", "l")), "LOAD CSV is not available");
        assertRefused(plan("READ_ONLY", op("ShowTransactions", "allTransactions")), "(ShowTransactions)");
        assertRefused(plan("READ_ONLY", op("ShowSettings", "allSettings")), "(ShowSettings)");
        assertRefused(plan("READ_ONLY", op("TerminateTransactions", "transactions(neo4j-transaction-1)")),
                "(TerminateTransactions)");
        assertRefused(plan("SCHEMA_WRITE", new Operator("AdministrationCommand", "system", "")), "administration");
    }

    @Test
    void refusesProceduresOutsideTheAllowlistNamingThem() {
        assertRefused(plan("READ_ONLY", op("ProcedureCall", "db.ping() :: (success :: BOOLEAN)")),
                "The procedure db.ping is not available");
        assertRefused(plan("SCHEMA_WRITE", op("ProcedureCall", "dbms.listConfig() :: (name :: STRING)")),
                "The procedure dbms.listConfig is not available");
    }

    @Test
    void refusesAnyOtherDatabase() {
        assertRefused(plan("SCHEMA_WRITE", new Operator("dbms.listConfig", "system", "")), "'system' is not available");
    }

    @ParameterizedTest
    @ValueSource(strings = {"EXPLAIN MATCH (n) RETURN n", "profile MATCH (n) RETURN n", "  // why not\nPROFILE RETURN 1",
        "/* a\n comment */ EXPLAIN RETURN 1", "CYPHER 5 runtime=slotted PROFILE RETURN 1", "CYPHER planner = dp EXPLAIN RETURN 1"})
    void refusesExplainAndProfileTheUserWrites(String statement) {
        assertThatThrownBy(() -> gate.checkText(statement)).hasMessageContaining("EXPLAIN and PROFILE are not available");
    }

    @ParameterizedTest
    @ValueSource(strings = {"USE system SHOW USERS", "use neo4j MATCH (n) RETURN n", "CYPHER 5 USE neo4j RETURN 1"})
    void refusesUse(String statement) {
        assertThatThrownBy(() -> gate.checkText(statement)).hasMessageContaining("USE is not available");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MATCH (use) RETURN use", "RETURN 'EXPLAIN' AS profile", "// PROFILE\nRETURN 1",
        "CYPHER runtime=slotted MATCH (explain) RETURN explain"})
    void letsTheSameWordsThroughElsewhere(String statement) {
        assertThatCode(() -> gate.checkText(statement)).doesNotThrowAnyException();
    }

    @Test
    void readsHugeInputWithoutBacktracking() {
        String spaces = " ".repeat(200_000);
        long start = System.nanoTime();
        gate.checkText(spaces + "RETURN 1");
        gate.checkText("CYPHER" + " a=b".repeat(50_000) + " RETURN 1");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
}
