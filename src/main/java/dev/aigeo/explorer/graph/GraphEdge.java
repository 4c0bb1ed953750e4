package dev.aigeo.explorer.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** A relationship as the API shows it: public id {@code start|TYPE|end[|key]}, endpoints by dataset id. */
public record GraphEdge(String id, String type, String source, String target, Map<String, Object> properties) {

    /** The ids of the Source nodes this relationship cites (a loop: path answers ask this of hundreds of hops). */
    public List<String> sources() {
        if (!(properties.get("sources") instanceof List<?> list)) {
            return List.of();
        }
        List<String> ids = new ArrayList<>(list.size());
        for (Object id : list) {
            ids.add(id.toString());
        }
        return Collections.unmodifiableList(ids);
    }
}
