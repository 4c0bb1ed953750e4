package dev.aigeo.explorer.dataset;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The labels and relationship types of the ontology (../shared/design/ontology.md), plus a manifest's own. */
public record Vocabulary(Set<String> labels, Set<String> types) {

    public static final String ENTITY = "Entity";
    public static final String SOURCE = "Source";

    public static final List<String> ONTOLOGY_LABELS = List.of("Country", "Government", "Person", "Policy", "Lab",
            "Organization", "CloudProvider", "CloudRegion", "Model", "License", "Event", SOURCE);

    public static final List<String> ONTOLOGY_TYPES = List.of("ISSUED", "PART_OF", "MEMBER_OF", "LEADS",
            "HEADQUARTERED_IN", "DEVELOPS", "BASED_ON", "LICENSED_UNDER", "OPERATES", "LOCATED_IN", "HOSTS",
            "PROMOTES", "TARGETS", "RESTRICTS", "PARTNERS_WITH", "INVESTS_IN", "ADOPTS", "ANNOUNCED_AT");

    public static final Pattern LABEL_FORM = Pattern.compile("^[A-Z][A-Za-z0-9]*$");
    public static final Pattern TYPE_FORM = Pattern.compile("^[A-Z][A-Z0-9_]*$");

    /** The ontology extended by what a manifest declares. */
    public static Vocabulary of(Manifest manifest) {
        Set<String> labels = new LinkedHashSet<>(ONTOLOGY_LABELS);
        labels.addAll(manifest.labels().keySet());
        Set<String> types = new LinkedHashSet<>(ONTOLOGY_TYPES);
        types.addAll(manifest.types());
        return new Vocabulary(Set.copyOf(labels), Set.copyOf(types));
    }

    /** Why a label cannot be used, or null when it can. */
    public String labelProblem(String label) {
        if (!LABEL_FORM.matcher(label).matches()) {
            return "label '" + label + "' is not UpperCamelCase (^[A-Z][A-Za-z0-9]*$)";
        }
        if (label.equals(ENTITY)) {
            return "label 'Entity' is added by the importer and may not be given";
        }
        return labels.contains(label) ? null
                : "label '" + label + "' is neither in the ontology nor declared in dataset.json \"labels\"";
    }

    /** Why a relationship type cannot be used, or null when it can. */
    public String typeProblem(String type) {
        if (!TYPE_FORM.matcher(type).matches()) {
            return "type '" + type + "' is not UPPER_SNAKE_CASE (^[A-Z][A-Z0-9_]*$)";
        }
        return types.contains(type) ? null
                : "type '" + type + "' is neither in the ontology nor declared in dataset.json \"types\"";
    }
}
