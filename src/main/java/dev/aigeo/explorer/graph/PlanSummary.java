package dev.aigeo.explorer.graph;

import java.util.ArrayList;
import java.util.List;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ResultSummary;

/**
 * What {@code EXPLAIN} says a statement would do, without running it: its query type ({@code READ_ONLY},
 * {@code READ_WRITE}, {@code WRITE_ONLY}, {@code SCHEMA_WRITE}) and every operator of its plan.
 */
public record PlanSummary(String queryType, List<Operator> operators) {

    /**
     * One plan operator: its type ({@code NodeByLabelScan}, {@code LoadCSV}, {@code ProcedureCall} …), the database
     * it runs on (Neo4j writes it as {@code ProcedureCall@neo4j}) and its {@code Details} argument.
     */
    public record Operator(String type, String database, String details) {

        static Operator of(Plan plan) {
            String[] typeAndDatabase = plan.operatorType().split("@", 2);
            Value details = plan.arguments().get("Details");
            return new Operator(typeAndDatabase[0], typeAndDatabase.length > 1 ? typeAndDatabase[1] : null,
                    details == null || details.isNull() ? "" : details.asString());
        }

        /** For a {@code ProcedureCall}, the name of the procedure: its details read {@code db.labels() :: (…)}. */
        public String procedure() {
            int parenthesis = details.indexOf('(');
            return parenthesis < 0 ? details.strip() : details.substring(0, parenthesis).strip();
        }
    }

    static PlanSummary of(ResultSummary summary) {
        List<Operator> operators = new ArrayList<>();
        if (summary.hasPlan()) {
            collect(summary.plan(), operators);
        }
        return new PlanSummary(summary.queryType().name(), List.copyOf(operators));
    }

    private static void collect(Plan plan, List<Operator> operators) {
        operators.add(Operator.of(plan));
        plan.children().forEach(child -> collect(child, operators));
    }
}
