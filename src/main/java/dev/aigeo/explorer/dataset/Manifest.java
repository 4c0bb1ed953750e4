package dev.aigeo.explorer.dataset;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/** The optional {@code dataset.json}: name, version, licence and vocabulary extensions. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Manifest(String name, String version, String title, String description, String license,
        String attribution, Map<String, LabelStyle> labels, List<String> types, Map<String, TypePhrase> phrases) {

    /** How a label declared by the dataset is drawn. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LabelStyle(String color, String shape) {
    }

    /** How a relationship type reads in path sentences: from its start node, and back from its end node. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TypePhrase(String forward, String backward) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public Manifest {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        types = types == null ? List.of() : List.copyOf(types);
        phrases = phrases == null ? Map.of() : Map.copyOf(phrases);
    }

    /** The manifest of a folder that has none: its name is the folder's. */
    public static Manifest named(String name) {
        return new Manifest(name, null, null, null, null, null, Map.of(), List.of(), Map.of());
    }

    /** Reads a manifest stored as JSON (e.g. on a DatasetInfo node); null reads as an empty manifest. */
    public static Manifest fromJson(String json) {
        if (json == null) {
            return named(null);
        }
        try {
            return JSON.readValue(json, Manifest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored dataset manifest is not valid JSON", e);
        }
    }

    public Manifest withName(String fallbackName) {
        return name == null || name.isBlank()
                ? new Manifest(fallbackName, version, title, description, license, attribution, labels, types, phrases)
                : this;
    }
}
