package dev.aigeo.explorer.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that need the whole dataset: unique ids, unique relationships, endpoints and sources that exist (in the
 * dataset, or, when importing, already in the database).
 */
public final class DatasetValidator {

    /** What the database already holds, for references outside the dataset: id → whether it is a Source. */
    @FunctionalInterface
    public interface ExistingEntities {
        ExistingEntities NONE = ids -> Map.of();

        Map<String, Boolean> lookup(Set<String> ids);
    }

    private DatasetValidator() {
    }

    /** The dataset with every fault, its own and the cross-file ones, sorted by file and line. */
    public static ParsedDataset validate(ParsedDataset dataset, ExistingEntities existing) {
        List<Fault> faults = new ArrayList<>(dataset.faults());
        Map<String, NodeRow> byId = new HashMap<>();
        for (NodeRow node : dataset.nodes()) {
            NodeRow first = byId.putIfAbsent(node.id(), node);
            if (first != null) {
                faults.add(new Fault(node.file(), node.line(),
                        "duplicate id '" + node.id() + "' (first defined at " + first.where() + ")"));
            }
        }
        Map<String, Boolean> outside = existing.lookup(referencedOutside(dataset, byId.keySet()));
        Map<String, RelationshipRow> seen = new HashMap<>();
        for (RelationshipRow rel : dataset.relationships()) {
            checkEndpoint(rel, rel.start(), "start", byId, outside, faults);
            checkEndpoint(rel, rel.end(), "end", byId, outside, faults);
            for (String source : rel.sources()) {
                NodeRow inside = byId.get(source);
                Boolean isSource = inside != null ? Boolean.valueOf(inside.labels().contains(Vocabulary.SOURCE))
                        : outside.get(source);
                if (isSource == null) {
                    faults.add(new Fault(rel.file(), rel.line(), "unknown source '" + source + "'"));
                } else if (!isSource) {
                    faults.add(new Fault(rel.file(), rel.line(), "'" + source + "' is cited as a source but is not a Source"));
                }
            }
            RelationshipRow first = seen.putIfAbsent(rel.publicId(), rel);
            if (first != null) {
                faults.add(new Fault(rel.file(), rel.line(), "duplicate relationship " + rel.publicId()
                        + " (first at " + first.where() + "); give each a distinct key"));
            }
        }
        faults.sort(null);
        return dataset.withFaults(faults);
    }

    private static Set<String> referencedOutside(ParsedDataset dataset, Set<String> inside) {
        Set<String> ids = new HashSet<>();
        for (RelationshipRow rel : dataset.relationships()) {
            ids.add(rel.start());
            ids.add(rel.end());
            ids.addAll(rel.sources());
        }
        ids.removeAll(inside);
        return ids;
    }

    private static void checkEndpoint(RelationshipRow rel, String id, String which, Map<String, NodeRow> byId,
            Map<String, Boolean> outside, List<Fault> faults) {
        if (!byId.containsKey(id) && !outside.containsKey(id)) {
            faults.add(new Fault(rel.file(), rel.line(), "unknown " + which + " node '" + id + "'"));
        }
    }
}
