package dev.aigeo.explorer.graph;

import dev.aigeo.explorer.dataset.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns stored properties into what users see: bookkeeping hidden, dates as precise as their source. */
final class DisplayProperties {

    static final String PRECISION_SUFFIX = "Precision";
    private static final Set<String> HIDDEN = Set.of("id", "importId", "primaryLabel");

    private DisplayProperties() {
    }

    /**
     * The properties to show, sorted by name; a precision is looked up only for a date (a path answer converts
     * hundreds of elements: this took a fifth off turning the rows of 177 paths into the app's types).
     */
    static Map<String, Object> of(Map<String, Object> stored) {
        String[] keys = stored.keySet().toArray(String[]::new);
        Arrays.sort(keys);
        Map<String, Object> shown = new LinkedHashMap<>();
        for (String key : keys) {
            if (HIDDEN.contains(key) || isPrecisionOf(key, stored)) {
                continue;
            }
            Object value = stored.get(key);
            Object precision = value instanceof LocalDate ? stored.get(key + PRECISION_SUFFIX) : null;
            shown.put(key, display(value, precision == null ? null : precision.toString()));
        }
        return shown;
    }

    private static boolean isPrecisionOf(String key, Map<String, Object> stored) {
        return key.endsWith(PRECISION_SUFFIX)
                && stored.containsKey(key.substring(0, key.length() - PRECISION_SUFFIX.length()));
    }

    /** Dates become {@link PartialDate}s (their JSON is as precise as the source); other values stay as read. */
    static Object display(Object value, String precision) {
        if (value instanceof LocalDate date) {
            return new PartialDate(date, PartialDate.Precision.ofWord(precision));
        }
        if (value instanceof List<?> list) {
            List<Object> shown = new ArrayList<>(list.size());
            for (Object item : list) {
                shown.add(display(item, null));
            }
            return Collections.unmodifiableList(shown);
        }
        return value;
    }
}
