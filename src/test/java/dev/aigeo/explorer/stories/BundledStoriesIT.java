package dev.aigeo.explorer.stories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigeo.explorer.dataset.Datasets;
import dev.aigeo.explorer.http.Json;
import dev.aigeo.explorer.support.TestApp;
import dev.aigeo.explorer.support.TestNeo4j;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stories shipped in src/main/resources/stories against the default dataset: every scene's entities exist
 * (no {@code missing}), its path is found, and every element it highlights is on screen as the page loads the
 * scene (entities with the relationships among them, plus the path, as of the scene's date) — every highlighted
 * relationship citing sources that exist.
 */
class BundledStoriesIT {

    private static final String TOKEN = "bundled-stories";
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]+)\\]\\(([^)\\s]+)\\)");
    private static TestApp app;

    @BeforeAll
    static void start() {
        TestNeo4j.reset();
        assertThat(Datasets.importInto(TestNeo4j.graph(), Datasets.bundled()).faults()).isEmpty();
        app = TestApp.start(TestNeo4j.graph(), "global-south-ai", TestNeo4j.mode().equals("embedded"),
                Map.of("ADMIN_TOKEN", TOKEN));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static List<Story> bundled() {
        List<Story> stories = BundledStories.read();
        assertThat(stories).hasSizeGreaterThanOrEqualTo(3);
        return stories;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonNode get(String path) {
        TestApp.Response response = app.get(path);
        assertThat(response.status()).as(path + " → " + response.body()).isEqualTo(200);
        return response.json();
    }

    /** "2026" and "2026-04" as their first day. */
    private static String firstDay(String date) {
        return (date + "-01-01").substring(0, 10);
    }

    /** The page's rule (scene-view.js) and the server's AsOf: since ≤ date, a partial until lasts its period. */
    private static boolean validOn(JsonNode data, String asOf) {
        if (asOf == null) {
            return true;
        }
        String day = firstDay(asOf);
        String since = data.path("since").asText("");
        String until = data.path("until").asText("");
        return (since.isEmpty() || firstDay(since).compareTo(day) <= 0)
                && (until.isEmpty() || day.substring(0, until.length()).compareTo(until) <= 0);
    }

    /** The page's rule for entities: their own date (founded, issued, …) is not after the scene's date. */
    private static boolean existedOn(JsonNode data, String asOf) {
        String own = Stream.of("founded", "issued", "released", "launched", "date").map(k -> data.path(k).asText(""))
                .filter(d -> !d.isEmpty()).findFirst().orElse("");
        return asOf == null || own.isEmpty() || firstDay(own).compareTo(firstDay(asOf)) <= 0;
    }

    /** What the page shows for a scene: element id → data. */
    private static Map<String, JsonNode> shown(Story.Scene scene) {
        Map<String, Object> view = scene.view();
        String asOf = (String) view.get("asOf");
        List<JsonNode> parts = new ArrayList<>();
        if (view.get("entities") instanceof List<?> ids && !ids.isEmpty()) {
            parts.add(get("/api/export?format=json&ids=" + enc(String.join(",", ids.stream().map(String::valueOf).toList()))));
        }
        if (view.get("path") instanceof Map<?, ?> path) {
            StringBuilder query = new StringBuilder("/api/paths?");
            path.forEach((key, value) -> query.append(enc(String.valueOf(key))).append('=')
                    .append(enc(value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                            : String.valueOf(value))).append('&'));
            JsonNode found = get(query + (asOf == null ? "" : "asOf=" + asOf));
            assertThat(found.path("paths")).as("a path for scene '%s'", scene.title()).isNotEmpty();
            parts.add(found);
        }
        Map<String, JsonNode> elements = new HashMap<>();
        for (JsonNode part : parts) {
            part.path("nodes").forEach(n -> {
                if (existedOn(n.path("data"), asOf)) {
                    elements.put(n.at("/data/id").asText(), n.path("data"));
                }
            });
        }
        for (JsonNode part : parts) {
            part.path("edges").forEach(e -> {
                JsonNode data = e.path("data");
                if (validOn(data, asOf) && elements.containsKey(data.path("source").asText())
                        && elements.containsKey(data.path("target").asText())) {
                    elements.put(e.at("/data/id").asText(), e.path("data"));
                }
            });
        }
        return elements;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundled")
    void everySceneShowsWhatItHighlightsAndCitesIt(Story story) throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create(app.url("/api/stories/" + story.id())))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .PUT(HttpRequest.BodyPublishers.ofString(Json.mapper().writeValueAsString(story))).build();
        assertThat(app.send(post).status()).isIn(200, 201);
        JsonNode stored = get("/api/stories/" + enc(story.id()));
        assertThat(story.scenes()).hasSizeBetween(5, 8);

        for (int i = 0; i < story.scenes().size(); i++) {
            Story.Scene scene = story.scenes().get(i);
            String where = story.id() + " scene " + (i + 1) + " '" + scene.title() + "'";
            assertThat(stored.at("/scenes/" + i + "/missing").isMissingNode()).as(where + ": missing entities").isTrue();
            assertThat(scene.caption()).as(where).isNotBlank();
            Matcher link = LINK.matcher(scene.caption());
            while (link.find()) {
                assertThat(link.group(2)).as(where + ": link").startsWith("https://");
            }
            Map<String, JsonNode> shown = shown(scene);
            @SuppressWarnings("unchecked")
            List<String> highlight = (List<String>) scene.view().getOrDefault("highlight", List.of());
            assertThat(highlight).as(where + ": highlights something").isNotEmpty();
            assertThat(shown.keySet()).as(where + ": highlighted elements on screen").containsAll(highlight);
            for (String id : highlight.stream().filter(h -> h.contains("|")).toList()) {
                JsonNode sources = shown.get(id).path("sources");
                assertThat(sources).as(where + ": sources of " + id).isNotEmpty();
                sources.forEach(s -> assertThat(app.get("/api/entities/" + enc(s.asText())).status())
                        .as(where + ": source " + s.asText()).isEqualTo(200));
            }
        }
    }
}
