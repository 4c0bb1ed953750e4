package dev.aigeo.explorer.dataset;

import java.util.ArrayList;
import java.util.List;

/** A property column of a CSV header: {@code name}, {@code name:TYPE} or {@code name:TYPE[]}. */
public record Column(String name, ValueType type, boolean array) {

    /** Parses a header cell that is not one of the special columns ({@code :LABEL}, {@code :START_ID} …). */
    public static Column fromHeader(String header) {
        int colon = header.lastIndexOf(':');
        String name = (colon < 0 ? header : header.substring(0, colon)).trim();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("column '" + header + "' has no property name");
        }
        if (colon < 0) {
            return new Column(name, ValueType.STRING, false);
        }
        String type = header.substring(colon + 1).trim();
        boolean array = type.endsWith("[]");
        return new Column(name, ValueType.fromName(array ? type.substring(0, type.length() - 2) : type), array);
    }

    /** Parses a non-empty cell; arrays are split on ';' and their empty elements dropped. */
    public Object parseCell(String cell) {
        if (!array) {
            return type.parse(cell);
        }
        List<Object> values = new ArrayList<>();
        for (String element : cell.split(";", -1)) {
            String trimmed = element.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            Object value = type.parse(trimmed);
            if (value instanceof PartialDate date && date.precision() != PartialDate.Precision.DAY) {
                throw new IllegalArgumentException("'" + trimmed + "': dates in arrays must be full (YYYY-MM-DD)");
            }
            values.add(value instanceof PartialDate date ? date.start() : value);
        }
        return values.isEmpty() ? null : List.copyOf(values);
    }

    public String describe() {
        return name + ":" + type.word() + (array ? "[]" : "");
    }
}
