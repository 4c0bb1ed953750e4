package dev.aigeo.explorer.dataset;

import java.util.List;
import java.util.Map;

/** A relationship record as read from a CSV file; {@code key} is null when the file gives none. */
public record RelationshipRow(String file, int line, String start, String type, String end, String key,
        List<String> sources, Map<String, Object> properties) {

    /** The public id: {@code start|TYPE|end} or {@code start|TYPE|end|key}. */
    public String publicId() {
        return start + "|" + type + "|" + end + (key == null ? "" : "|" + key);
    }

    public String where() {
        return file + ":" + line;
    }
}
