package dev.aigeo.explorer.dataset;

import java.util.List;
import java.util.Map;

/** A node record as read from a CSV file: labels in the file's order (the first is primary). */
public record NodeRow(String file, int line, String id, List<String> labels, Map<String, Object> properties) {

    public String primaryLabel() {
        return labels.get(0);
    }

    public String where() {
        return file + ":" + line;
    }
}
