package dev.aigeo.explorer.console;

import dev.aigeo.explorer.graph.CypherErrorException;
import dev.aigeo.explorer.graph.PlanSummary;
import dev.aigeo.explorer.http.ApiException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides from a statement's {@code EXPLAIN} plan, before it runs, whether the public console may run it: only reads
 * of the configured database, no {@code LOAD CSV}, no procedure outside a short allowlist, no {@code SHOW},
 * {@code TERMINATE} or administration command. Read access mode alone lets all of those through (security.md).
 * Each refusal is a 422 with a reason a person understands.
 */
final class StatementGate {

    static final List<String> ALLOWED_PROCEDURES = List.of("db.labels", "db.relationshipTypes", "db.propertyKeys",
            "db.schema.visualization", "db.index.fulltext.queryNodes");

    /** Comments, then optional {@code CYPHER} options, then the first keyword of the statement. */
    /** Comments, then {@code CYPHER} options, then the first keyword (possessive: no backtracking on long input). */
    private static final Pattern FIRST_KEYWORD = Pattern.compile("^(?:\\s|//[^\\n]*+|/\\*.*?\\*/)*+"
            + "(?:CYPHER(?:\\s++(?:\\d++(?:\\.\\d++)?+|[\\w.]++\\s*+=\\s*+[\\w.]++))*+\\s++)?+(EXPLAIN|PROFILE|USE)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final String SEVERAL_STATEMENTS = "Expected exactly one statement per query";
    private static final String UNSUPPORTED_ADMINISTRATION = "Neo.ClientError.Statement.UnsupportedAdministrationCommand";

    private final String database;

    StatementGate(String database) {
        this.database = database;
    }

    /** Refuses what the console does itself or never does, before asking Neo4j: EXPLAIN, PROFILE and USE. */
    void checkText(String statement) {
        Matcher matcher = FIRST_KEYWORD.matcher(statement);
        if (!matcher.find()) {
            return;
        }
        throw refuse(matcher.group(1).equalsIgnoreCase("USE")
                ? "USE is not available: the console always reads the '" + database + "' database."
                : "EXPLAIN and PROFILE are not available: the console explains every statement itself before it runs it.");
    }

    void checkPlan(PlanSummary plan) {
        for (PlanSummary.Operator operator : plan.operators()) {
            refusalOf(operator).ifPresent(reason -> {
                throw refuse(reason);
            });
        }
        switch (plan.queryType()) {
            case "READ_ONLY" -> {
            }
            case "SCHEMA_WRITE" -> throw refuse("The console is read-only: this statement would change the schema or"
                    + " administer the server (indexes, constraints, users, databases, settings).");
            default -> throw refuse("The console is read-only: this statement would change data (CREATE, MERGE,"
                    + " SET, DELETE, REMOVE and the like are not allowed).");
        }
    }

    /** Neo4j's own refusals that are really the gate's: several statements, and administration commands. */
    RuntimeException refusalOf(CypherErrorException error) {
        if (error.getMessage().startsWith(SEVERAL_STATEMENTS)) {
            return refuse("The console runs one statement at a time: remove the ';' that starts another.");
        }
        if (UNSUPPORTED_ADMINISTRATION.equals(error.code())) {
            return refuse("Administration commands (databases, users, servers) are not available in the console.");
        }
        return error;
    }

    private Optional<String> refusalOf(PlanSummary.Operator operator) {
        String type = operator.type();
        if (type.equals("LoadCSV")) {
            return Optional.of("LOAD CSV is not available in the console: it would read files or fetch URLs from the"
                    + " server.");
        }
        if (type.equals("ProcedureCall") && !ALLOWED_PROCEDURES.contains(operator.procedure())) {
            return Optional.of("The procedure " + operator.procedure() + " is not available in the console; it allows "
                    + String.join(", ", ALLOWED_PROCEDURES) + ".");
        }
        if (type.startsWith("Show") || type.startsWith("Terminate") || type.equals("AdministrationCommand")) {
            return Optional.of("SHOW, TERMINATE and administration commands are not available in the console ("
                    + type + ").");
        }
        if (operator.database() != null && !operator.database().equals(database)) {
            return Optional.of("The console always reads the '" + database + "' database; '" + operator.database()
                    + "' is not available.");
        }
        return Optional.empty();
    }

    private static ApiException refuse(String reason) {
        return new ApiException(422, reason);
    }
}
