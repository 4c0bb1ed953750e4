package dev.aigeo.explorer.console;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.aigeo.explorer.graph.CypherErrorException;
import dev.aigeo.explorer.http.Problem;

/**
 * Problem details (400) for a statement Neo4j could not compile or run: Neo4j's own message, its status code, and
 * where in the statement, so that an editor can underline it ({@code line} and {@code column} from 1, {@code offset}
 * in characters from 0; absent when Neo4j did not say).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CypherErrorProblem(String type, String title, int status, String detail, String code, Integer line,
                          Integer column, Integer offset) {

    static final int STATUS = 400;

    static CypherErrorProblem of(CypherErrorException e) {
        Problem problem = Problem.of(STATUS, "Bad Request", e.getMessage());
        CypherErrorException.Position at = e.position();
        return new CypherErrorProblem(problem.type(), problem.title(), STATUS, problem.detail(), e.code(),
                at == null ? null : at.line(), at == null ? null : at.column(), at == null ? null : at.offset());
    }
}
