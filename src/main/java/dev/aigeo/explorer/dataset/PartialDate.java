package dev.aigeo.explorer.dataset;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as its source: {@code 2025}, {@code 2025-01} or {@code 2025-01-20}. Stored as the first day
 * of its period plus a precision, so that "until 2025" lasts to the end of 2025.
 */
public record PartialDate(LocalDate start, Precision precision) {

    public enum Precision {
        YEAR, MONTH, DAY;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The precision named by a stored {@code <prop>Precision} value; null or unknown means a full date. */
        public static Precision ofWord(String word) {
            return "year".equals(word) ? YEAR : "month".equals(word) ? MONTH : DAY;
        }
    }

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** Parses the three accepted forms; anything else, or a day that does not exist, is refused. */
    public static PartialDate parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a date (YYYY, YYYY-MM or YYYY-MM-DD): '" + text + "'");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new PartialDate(LocalDate.of(year, 1, 1), Precision.YEAR);
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return new PartialDate(YearMonth.of(year, month).atDay(1), Precision.MONTH);
            }
            return new PartialDate(LocalDate.of(year, month, Integer.parseInt(m.group(3))), Precision.DAY);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("not a valid date: '" + text + "'");
        }
    }

    /** The last day of the period, for "until" checks. */
    public LocalDate end() {
        return switch (precision) {
            case YEAR -> start.withDayOfYear(start.lengthOfYear());
            case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
            case DAY -> start;
        };
    }

    /** Writes the date back as precisely as it was given. */
    public static String format(LocalDate date, String precision) {
        String full = date.toString();
        if ("year".equals(precision)) {
            return full.substring(0, 4);
        }
        if ("month".equals(precision)) {
            return full.substring(0, 7);
        }
        return full;
    }

    /** The date as precisely as it was given; also its JSON form. */
    @JsonValue
    @Override
    public String toString() {
        return format(start, precision.word());
    }
}
