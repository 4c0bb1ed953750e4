package dev.aigeo.explorer.dataset;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/** The optional {@code dataset.json}: name, version, licence and vocabulary extensions. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Manifest(String name, String version, String title, String description, String license,
        String attribution, Map<String, LabelStyle> labels, List<String> types) {

    /** How a label declared by the dataset is drawn. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LabelStyle(String color, String shape) {
    }

    public Manifest {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        types = types == null ? List.of() : List.copyOf(types);
    }

    /** The manifest of a folder that has none: its name is the folder's. */
    public static Manifest named(String name) {
        return new Manifest(name, null, null, null, null, null, Map.of(), List.of());
    }

    public Manifest withName(String fallbackName) {
        return name == null || name.isBlank()
                ? new Manifest(fallbackName, version, title, description, license, attribution, labels, types)
                : this;
    }
}
