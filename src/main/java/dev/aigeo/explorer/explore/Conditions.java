package dev.aigeo.explorer.explore;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Cypher conditions joined with AND, leaving out the absent ones (null), so that a query holds only what it checks. */
final class Conditions {

    private Conditions() {
    }

    /** The conditions given, joined with AND; {@code true} when none is. */
    static String and(String... conditions) {
        List<String> present = present(conditions);
        return present.isEmpty() ? "true" : String.join("\n  AND ", present);
    }

    /** A WHERE clause of the conditions given; empty when none is. */
    static String where(String... conditions) {
        return present(conditions).isEmpty() ? "" : "WHERE " + and(conditions);
    }

    private static List<String> present(String... conditions) {
        return Arrays.stream(conditions).filter(Objects::nonNull).toList();
    }
}
