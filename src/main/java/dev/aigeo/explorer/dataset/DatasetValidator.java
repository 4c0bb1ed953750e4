package dev.aigeo.explorer.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that need the whole dataset: unique ids, unique relationships, endpoints and sources that exist (in the
 * dataset, or, when importing, already in the database). It hears the rows one by one as they are read and keeps
 * only ids and where they were read, never the rows: a dataset of millions of rows is checked without holding it.
 */
public final class DatasetValidator implements RowSink {

    /** What the database already holds, for references outside the dataset: id → whether it is a Source. */
    @FunctionalInterface
    public interface ExistingEntities {
        ExistingEntities NONE = ids -> Map.of();

        Map<String, Boolean> lookup(Set<String> ids);
    }

    /** The file and line a node or relationship was first read at; for a node, whether it is a Source. */
    private record Where(String file, int line, boolean source) {
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    /** An id a relationship names that the dataset does not define: {@code role} is start, end or source. */
    private record Reference(String id, String role, String file, int line) {
    }

    private final List<Fault> faults = new ArrayList<>();
    private final Map<String, Where> nodes = new HashMap<>();
    private final Map<String, Where> relationships = new HashMap<>();
    private final List<Reference> outside = new ArrayList<>();

    DatasetValidator() {
    }

    /** The dataset with every fault, its own and the cross-file ones, sorted by file and line. */
    public static ParsedDataset validate(ParsedDataset dataset, ExistingEntities existing) {
        DatasetValidator checks = new DatasetValidator();
        dataset.rows(checks);
        return dataset.withFaults(checks.faults(dataset.faults(), existing));
    }

    @Override
    public void node(NodeRow node) {
        Where first = nodes.putIfAbsent(node.id(),
                new Where(node.file(), node.line(), node.labels().contains(Vocabulary.SOURCE)));
        if (first != null) {
            faults.add(new Fault(node.file(), node.line(),
                    "duplicate id '" + node.id() + "' (first defined at " + first + ")"));
        }
    }

    /** Nodes come first, so an id not seen by now is not in the dataset: the database may still hold it. */
    @Override
    public void relationship(RelationshipRow rel) {
        endpoint(rel, rel.start(), "start");
        endpoint(rel, rel.end(), "end");
        for (String source : rel.sources()) {
            Where inside = nodes.get(source);
            if (inside == null) {
                outside.add(new Reference(source, "source", rel.file(), rel.line()));
            } else if (!inside.source()) {
                faults.add(notASource(rel.file(), rel.line(), source));
            }
        }
        Where first = relationships.putIfAbsent(rel.publicId(), new Where(rel.file(), rel.line(), false));
        if (first != null) {
            faults.add(new Fault(rel.file(), rel.line(), "duplicate relationship " + rel.publicId()
                    + " (first at " + first + "); give each a distinct key"));
        }
    }

    private void endpoint(RelationshipRow rel, String id, String role) {
        if (!nodes.containsKey(id)) {
            outside.add(new Reference(id, role, rel.file(), rel.line()));
        }
    }

    /** {@code fileFaults} (the reader's) and every fault found here, sorted by file and line. */
    List<Fault> faults(List<Fault> fileFaults, ExistingEntities existing) {
        List<Fault> all = new ArrayList<>(fileFaults);
        all.addAll(faults);
        Set<String> ids = new HashSet<>();
        outside.forEach(reference -> ids.add(reference.id()));
        Map<String, Boolean> found = ids.isEmpty() ? Map.of() : existing.lookup(ids);
        for (Reference reference : outside) {
            Boolean isSource = found.get(reference.id());
            boolean cited = reference.role().equals("source");
            if (isSource == null) {
                all.add(new Fault(reference.file(), reference.line(), cited ? "unknown source '" + reference.id() + "'"
                        : "unknown " + reference.role() + " node '" + reference.id() + "'"));
            } else if (cited && !isSource) {
                all.add(notASource(reference.file(), reference.line(), reference.id()));
            }
        }
        all.sort(null);
        return all;
    }

    private static Fault notASource(String file, int line, String id) {
        return new Fault(file, line, "'" + id + "' is cited as a source but is not a Source");
    }
}
