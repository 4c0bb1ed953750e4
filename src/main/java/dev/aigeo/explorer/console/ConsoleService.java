package dev.aigeo.explorer.console;

import dev.aigeo.explorer.graph.AdHocCypher;
import dev.aigeo.explorer.graph.CypherErrorException;
import dev.aigeo.explorer.graph.PlanSummary;
import dev.aigeo.explorer.graph.QueryMemoryException;
import dev.aigeo.explorer.graph.StreamedResult;
import dev.aigeo.explorer.http.ApiException;

/** Runs a visitor's statement only if the gate lets it through, and only as far as the row cap. */
final class ConsoleService {

    private final AdHocCypher cypher;
    private final StatementGate gate;

    ConsoleService(AdHocCypher cypher, StatementGate gate) {
        this.cypher = cypher;
        this.gate = gate;
    }

    ConsoleResult run(ConsoleRequest request) {
        long start = System.nanoTime();
        gate.checkText(request.query());
        PlanSummary plan;
        try {
            plan = cypher.explain(request.query(), request.params());
        } catch (CypherErrorException e) {
            throw gate.refusalOf(e);
        }
        gate.checkPlan(plan);
        StreamedResult result;
        try {
            result = cypher.stream(request.query(), request.params(), request.limit());
        } catch (QueryMemoryException e) {
            throw new ApiException(422, "The query needed more memory than a console query may use; narrow it down"
                    + " (fewer rows, or a LIMIT before collect()).");
        }
        long timeMs = (System.nanoTime() - start) / 1_000_000;
        return new ConsoleResult(result.columns(), result.rows(), result.graph(), result.truncated(),
                new ConsoleResult.Summary(timeMs, plan.queryType()));
    }
}
