package dev.aigeo.explorer.explore;

import dev.aigeo.explorer.http.ApiException;
import dev.aigeo.explorer.dataset.Vocabulary;
import dev.aigeo.explorer.graph.Graph;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The labels and relationship types a request may name: the ontology's plus those in the database. Filters are
 * checked against this list, so a typo is a 400 rather than an empty answer, and user text never reaches Cypher
 * as a name.
 */
public final class SchemaNames {

    private static final long TTL_NANOS = 10_000_000_000L;

    private final Graph graph;
    private volatile Snapshot snapshot;

    private record Snapshot(Set<String> labels, Set<String> types, long takenAt) {
    }

    public SchemaNames(Graph graph) {
        this.graph = graph;
    }

    /** Null stays null (no filter); an unknown name is a 400. */
    public List<String> checkLabels(List<String> labels) {
        return check(labels, current().labels(), "label");
    }

    public List<String> checkTypes(List<String> types) {
        return check(types, current().types(), "relationship type");
    }

    private static List<String> check(List<String> names, Set<String> known, String what) {
        if (names == null) {
            return null;
        }
        for (String name : names) {
            if (!known.contains(name)) {
                throw ApiException.badRequest("unknown " + what + " '" + name + "'");
            }
        }
        return names;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.takenAt() > TTL_NANOS) {
            Set<String> labels = new HashSet<>(Vocabulary.ONTOLOGY_LABELS);
            labels.addAll(graph.read("CALL db.labels() YIELD label RETURN collect(label) AS names", Map.of(),
                    rows -> rows.get(0).strings("names")));
            labels.remove(Vocabulary.ENTITY);
            Set<String> types = new HashSet<>(Vocabulary.ONTOLOGY_TYPES);
            types.addAll(graph.read(
                    "CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS names",
                    Map.of(), rows -> rows.get(0).strings("names")));
            s = new Snapshot(Set.copyOf(labels), Set.copyOf(types), System.nanoTime());
            snapshot = s;
        }
        return s;
    }
}
