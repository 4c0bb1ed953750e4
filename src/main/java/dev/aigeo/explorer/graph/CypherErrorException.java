package dev.aigeo.explorer.graph;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.exceptions.ClientException;

/**
 * Neo4j refused a user's statement (a syntax, semantic, type or argument error). The statement is the user's own,
 * so its message may be shown to them: the echo of the offending line is dropped, and the position is given in the
 * user's own text even when the app put a prefix (such as {@code EXPLAIN}) in front of it.
 */
public class CypherErrorException extends RuntimeException {

    private static final Pattern POSITION = Pattern.compile("\\(line (\\d+), column (\\d+) \\(offset: (\\d+)\\)\\)");
    private static final Pattern ECHO = Pattern.compile("\\n\"[^\\n]*\"\\n *\\^\\s*$");

    /** Where in the statement: line and column count from 1, offset (in characters) from 0. */
    public record Position(int line, int column, int offset) {
    }

    private final String code;
    private final transient Position position;

    CypherErrorException(String code, String message, Position position, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.position = position;
    }

    /** The error of {@code prefix + statement}, told in terms of {@code statement} alone. */
    static CypherErrorException of(ClientException e, String prefix) {
        String message = ECHO.matcher(e.getMessage() == null ? "" : e.getMessage()).replaceFirst("").strip();
        Matcher matcher = POSITION.matcher(message);
        if (!matcher.find()) {
            return new CypherErrorException(e.code(), message, null, e);
        }
        int prefixLines = (int) prefix.chars().filter(c -> c == '\n').count();
        int line = Integer.parseInt(matcher.group(1)) - prefixLines;
        int column = Integer.parseInt(matcher.group(2)) - (line == 1 ? prefix.length() - prefix.lastIndexOf('\n') - 1 : 0);
        int offset = Integer.parseInt(matcher.group(3)) - prefix.length();
        if (line < 1 || column < 1 || offset < 0) {
            return new CypherErrorException(e.code(), matcher.replaceFirst("").strip(), null, e);
        }
        Position position = new Position(line, column, offset);
        String located = matcher.replaceFirst(Matcher.quoteReplacement(
                "(line " + line + ", column " + column + " (offset: " + offset + "))"));
        return new CypherErrorException(e.code(), located, position, e);
    }

    /** Neo4j's status code, e.g. {@code Neo.ClientError.Statement.SyntaxError}. */
    public String code() {
        return code;
    }

    /** Null when Neo4j did not say where. */
    public Position position() {
        return position;
    }
}
