package dev.aigeo.explorer.dataset;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Dataset records as the parameter maps the import queries take, stamped with their dataset and import id. */
final class ImportRows {

    private final String dataset;
    private final String importId;

    ImportRows(String dataset, String importId) {
        this.dataset = dataset;
        this.importId = importId;
    }

    Map<String, Object> node(NodeRow node) {
        Map<String, Object> props = storable(node.properties());
        props.put("id", node.id());
        props.put("primaryLabel", node.primaryLabel());
        props.put("dataset", dataset);
        props.put("importId", importId);
        return Map.of("id", node.id(), "labels", node.labels(), "props", props);
    }

    /** A mutable map, so that {@link #relationship(RelationshipRow, long, long)} adds to it rather than copy it. */
    Map<String, Object> relationship(RelationshipRow rel) {
        Map<String, Object> props = storable(rel.properties());
        props.put("id", rel.publicId());
        props.put("dataset", dataset);
        props.put("importId", importId);
        Map<String, Object> row = new HashMap<>();
        row.put("id", rel.publicId());
        row.put("start", rel.start());
        row.put("end", rel.end());
        row.put("type", rel.type());
        row.put("props", props);
        return row;
    }

    /** The same, with the node ids of both ends (entities the import created). */
    Map<String, Object> relationship(RelationshipRow rel, long startNode, long endNode) {
        Map<String, Object> row = relationship(rel);
        row.put("startNode", startNode);
        row.put("endNode", endNode);
        return row;
    }

    /** Partial dates become a date at the start of their period plus {@code <prop>Precision}. */
    static Map<String, Object> storable(Map<String, Object> properties) {
        Map<String, Object> props = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (value instanceof PartialDate date) {
                props.put(key, date.start());
                if (date.precision() != PartialDate.Precision.DAY) {
                    props.put(key + "Precision", date.precision().word());
                }
            } else {
                props.put(key, value);
            }
        });
        return props;
    }
}
