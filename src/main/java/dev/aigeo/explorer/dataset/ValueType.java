package dev.aigeo.explorer.dataset;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The value types a CSV header may declare ({@code prop:TYPE}), as in neo4j-admin import. */
public enum ValueType {
    STRING, INT, LONG, FLOAT, DOUBLE, BOOLEAN, DATE, DATETIME;

    public static ValueType fromName(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown type '" + name
                    + "' (use string, int, long, float, double, boolean, date, datetime, or one of them with [])");
        }
    }

    /** Parses one value; throws IllegalArgumentException with a reason a person understands. */
    public Object parse(String text) {
        String s = this == STRING ? text : text.trim();
        try {
            return switch (this) {
                case STRING -> s;
                case INT -> (long) Integer.parseInt(s);
                case LONG -> Long.parseLong(s);
                case FLOAT, DOUBLE -> parseDouble(s);
                case BOOLEAN -> parseBoolean(s);
                case DATE -> PartialDate.parse(s);
                case DATETIME -> parseDateTime(s);
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not " + article() + " " + word());
        }
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    private String article() {
        return this == INT ? "an" : "a";
    }

    private static Double parseDouble(String s) {
        double d = Double.parseDouble(s);
        if (Double.isNaN(d) || Double.isInfinite(d) || s.endsWith("d") || s.endsWith("f")
                || s.endsWith("D") || s.endsWith("F")) {
            throw new NumberFormatException(s);
        }
        return d;
    }

    private static Boolean parseBoolean(String s) {
        if (s.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (s.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("'" + s + "' is not a boolean (true or false)");
    }

    private static Object parseDateTime(String s) {
        try {
            return ZonedDateTime.parse(s);
        } catch (DateTimeParseException noZone) {
            try {
                return LocalDateTime.parse(s);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "'" + s + "' is not an ISO-8601 datetime (e.g. 2025-01-20T10:00:00Z)");
            }
        }
    }
}
