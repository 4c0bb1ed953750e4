package dev.aigeo.explorer.graph;

import java.util.List;
import java.util.Map;

/** A relationship as the API shows it: public id {@code start|TYPE|end[|key]}, endpoints by dataset id. */
public record GraphEdge(String id, String type, String source, String target, Map<String, Object> properties) {

    /** The ids of the Source nodes this relationship cites. */
    public List<String> sources() {
        return properties.get("sources") instanceof List<?> list
                ? list.stream().map(Object::toString).toList()
                : List.of();
    }
}
