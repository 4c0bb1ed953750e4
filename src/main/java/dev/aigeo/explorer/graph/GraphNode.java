package dev.aigeo.explorer.graph;

import java.util.List;
import java.util.Map;

/**
 * A data node as the API shows it: its dataset id, its domain labels (without {@code Entity}; the primary one
 * first) and display-ready properties (partial dates written as precisely as given).
 */
public record GraphNode(String id, String label, List<String> labels, Map<String, Object> properties) {

    public String name() {
        Object name = properties.get("name");
        return name == null ? id : name.toString();
    }
}
