package dev.aigeo.explorer.stories;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A presentation story: ordered scenes, each a title, a plain-text caption and a view of the live graph. The view
 * is what the page needs to rebuild the scene — {@code entities}, or a library {@code query} with params, or a
 * {@code path} request; plus {@code filters}, {@code asOf}, {@code layout}, pinned {@code positions} and the
 * elements to {@code highlight} — kept as given so the page can grow it without a server change.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Story(String id, String title, String description, DatasetRef dataset, List<Scene> scenes,
        String updatedAt) {

    /** The dataset (and version) a story was written against. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DatasetRef(String name, String version) {
    }

    /** One scene; {@code missing} is filled on read with referenced entities the graph no longer has. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Scene(String title, String caption, Map<String, Object> view, List<String> missing) {
    }

    public Story {
        scenes = scenes == null ? List.of() : List.copyOf(scenes);
    }
}
