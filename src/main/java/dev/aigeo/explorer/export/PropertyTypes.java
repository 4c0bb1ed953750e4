package dev.aigeo.explorer.export;

import dev.aigeo.explorer.dataset.PartialDate;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The type of each property across a set of elements, in the words of the dataset format ({@code long},
 * {@code double}, {@code boolean}, {@code date}, {@code datetime}, {@code string}, with {@code []} for lists).
 * Mixed numbers widen to double; anything else mixed falls back to string.
 */
final class PropertyTypes {

    private PropertyTypes() {
    }

    /** Property name → type, in name order, over all the maps given (minus {@code skip}). */
    static Map<String, String> of(Collection<Map<String, Object>> properties, Collection<String> skip) {
        Map<String, String> types = new TreeMap<>();
        for (Map<String, Object> props : properties) {
            props.forEach((key, value) -> {
                if (!skip.contains(key) && value != null) {
                    types.merge(key, typeOf(value), PropertyTypes::widen);
                }
            });
        }
        return types;
    }

    static String typeOf(Object value) {
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "string[]" : typeOf(list.get(0)) + "[]";
        }
        if (value instanceof Long || value instanceof Integer) {
            return "long";
        }
        if (value instanceof Double || value instanceof Float) {
            return "double";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof PartialDate) {
            return "date";
        }
        if (value instanceof TemporalAccessor) {
            return "datetime";
        }
        return "string";
    }

    private static String widen(String a, String b) {
        if (a.equals(b)) {
            return a;
        }
        boolean numbers = (a.equals("long") || a.equals("double")) && (b.equals("long") || b.equals("double"));
        return numbers ? "double" : a.endsWith("[]") && b.endsWith("[]") ? "string[]" : "string";
    }

    /** The text of a value in a CSV cell or GraphML data element: lists joined by ';'. */
    static String text(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(";"));
        }
        return String.valueOf(value);
    }
}
