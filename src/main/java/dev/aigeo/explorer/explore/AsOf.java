package dev.aigeo.explorer.explore;

import dev.aigeo.explorer.dataset.DateSpan;
import dev.aigeo.explorer.dataset.PartialDate;
import dev.aigeo.explorer.http.ApiException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * "As of a date": a relationship counts when {@code since ≤ date ≤ until} (open ends allowed; a partial
 * {@code until} such as 2025 lasts to the end of its period), an entity when its own date (founded, issued,
 * released, launched, date) is not after it. The fragments take {@code $asOf}; without a date ("any time") there
 * are none.
 */
final class AsOf {

    private AsOf() {
    }

    /** Parses {@code asOf} (YYYY, YYYY-MM or YYYY-MM-DD; a partial date means its first day); null when absent. */
    static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return PartialDate.parse(text).start();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("asOf: " + e.getMessage());
        }
    }

    /**
     * Cypher: relationship {@code r} is valid on {@code $asOf}; null without a date, for {@link Conditions} to leave
     * out. An undated query then holds no date conditions at all: a new neighbours query's first answer (planning
     * included) took 195–317 ms with them, 113–170 ms without.
     */
    static String relationship(String r, LocalDate asOf) {
        return asOf == null ? null : ("((%1$s.since IS NULL OR %1$s.since <= $asOf)"
                + " AND (%1$s.until IS NULL OR $asOf < %1$s.until + CASE %1$s.untilPrecision"
                + " WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M') ELSE duration('P1D') END))")
                .formatted(r);
    }

    /** Cypher: entity {@code n} existed on {@code $asOf}; null without a date. */
    static String entity(String n, LocalDate asOf) {
        String date = "coalesce(" + properties(n, DateSpan.ENTITY_DATES) + ")";
        return asOf == null ? null : "(" + date + " IS NULL OR " + date + " <= $asOf)";
    }

    /** {@code n.a, n.b, …}: the named properties of a variable, for a Cypher list or call. */
    static String properties(String variable, List<String> names) {
        return names.stream().map(name -> variable + "." + name).collect(Collectors.joining(", "));
    }
}
