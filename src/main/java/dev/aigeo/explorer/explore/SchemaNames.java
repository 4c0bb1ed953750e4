package dev.aigeo.explorer.explore;

import dev.aigeo.explorer.http.ApiException;
import dev.aigeo.explorer.dataset.Vocabulary;
import dev.aigeo.explorer.graph.Graph;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The labels and relationship types a request may name: the ontology's plus those in the database. Filters are
 * checked against this list, so a typo is a 400 rather than an empty answer, and user text never reaches Cypher
 * as a name.
 */
public final class SchemaNames {

    private final Graph graph;
    private final Refreshed<Names> names;

    private record Names(Set<String> labels, Set<String> types) {
    }

    public SchemaNames(Graph graph) {
        this.graph = graph;
        this.names = new Refreshed<>(this::read);
    }

    /** Null stays null (no filter); an unknown name is a 400. */
    public List<String> checkLabels(List<String> labels) {
        return check(labels, () -> names.get().labels(), "label");
    }

    public List<String> checkTypes(List<String> types) {
        return check(types, () -> names.get().types(), "relationship type");
    }

    /** The known names are read (and every 10 s re-read) only when there is something to check. */
    private static List<String> check(List<String> names, Supplier<Set<String>> known, String what) {
        if (names == null) {
            return null;
        }
        for (String name : names) {
            if (!known.get().contains(name)) {
                throw ApiException.badRequest("unknown " + what + " '" + name + "'");
            }
        }
        return names;
    }

    /**
     * Cypher: a relationship type expression for a pattern ({@code ":HOSTS|OPERATES"}), empty for "any type". The
     * names come from {@link #checkTypes}, so from the schema; the form is checked again here because they are
     * written into the query text: a dense node then reads only its relationships of those types. They are
     * written sorted and once each, so that one set of types is one query text, planned once (planning a new one
     * took 250–330 ms on the default dataset; a cached plan's answer 15–30 ms).
     */
    static String typeExpression(List<String> types) {
        if (types == null) {
            return "";
        }
        for (String type : types) {
            if (!Vocabulary.TYPE_FORM.matcher(type).matches()) {
                throw new IllegalArgumentException("not a relationship type to write into Cypher: " + type);
            }
        }
        return ":" + String.join("|", new TreeSet<>(types));
    }

    /** Only names of the importer's forms: relationship types are written into queries by {@link #typeExpression}. */
    private Names read() {
        Set<String> labels = new HashSet<>(Vocabulary.ONTOLOGY_LABELS);
        labels.addAll(schema("CALL db.labels() YIELD label RETURN collect(label) AS names", Vocabulary.LABEL_FORM));
        labels.remove(Vocabulary.ENTITY);
        Set<String> types = new HashSet<>(Vocabulary.ONTOLOGY_TYPES);
        types.addAll(schema("CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS names",
                Vocabulary.TYPE_FORM));
        return new Names(Set.copyOf(labels), Set.copyOf(types));
    }

    private List<String> schema(String cypher, Pattern form) {
        return graph.read(cypher, Map.of(), rows -> rows.get(0).strings("names")).stream()
                .filter(name -> form.matcher(name).matches()).toList();
    }
}
