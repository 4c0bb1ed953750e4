package dev.aigeo.explorer.stories;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigeo.explorer.graph.Graph;
import dev.aigeo.explorer.http.ApiException;
import dev.aigeo.explorer.http.Json;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stories live in Neo4j as {@code (:Story {id, title, json, …})} — not {@code :Entity}, so never data — so that
 * several app instances share them. Reading a story marks, per scene, the entities it names that are gone.
 */
public final class StoryService {

    /** A line of the story list. */
    public record Summary(String id, String title, String description, int scenes, Story.DatasetRef dataset,
            String updatedAt) {
    }

    private static final ObjectMapper JSON = Json.mapper();

    private final Graph graph;
    private final Clock clock;

    public StoryService(Graph graph, Clock clock) {
        this.graph = graph;
        this.clock = clock;
    }

    public List<Summary> list() {
        return graph.read("MATCH (s:Story) RETURN s.json AS json ORDER BY s.title", Map.of(),
                rows -> rows.stream().map(r -> parse(r.string("json"))).map(s -> new Summary(s.id(), s.title(),
                        s.description(), s.scenes().size(), s.dataset(), s.updatedAt())).toList());
    }

    /** The story, each scene telling which of its entities the graph no longer has. */
    public Story get(String id) {
        Story story = graph.read("MATCH (s:Story {id: $id}) RETURN s.json AS json", Map.of("id", id),
                rows -> rows.isEmpty() ? null : parse(rows.get(0).string("json")));
        if (story == null) {
            throw ApiException.notFound("no story with id '" + id + "'");
        }
        Set<String> referenced = new HashSet<>();
        story.scenes().forEach(scene -> referenced.addAll(StoryRules.referencedIds(scene.view())));
        Set<String> existing = new HashSet<>(graph.read(
                "MATCH (n:Entity) WHERE n.id IN $ids RETURN collect(n.id) AS ids",
                Map.of("ids", List.copyOf(referenced)), rows -> rows.get(0).strings("ids")));
        List<Story.Scene> scenes = new ArrayList<>();
        for (Story.Scene scene : story.scenes()) {
            List<String> missing = StoryRules.referencedIds(scene.view()).stream()
                    .filter(ref -> !existing.contains(ref)).toList();
            scenes.add(new Story.Scene(scene.title(), scene.caption(), scene.view(), missing));
        }
        return new Story(story.id(), story.title(), story.description(), story.dataset(), scenes, story.updatedAt());
    }

    /** Creates or replaces a story; returns it as stored and whether it is new. */
    public Saved save(Story story, Story.DatasetRef currentDataset) {
        Story stamped = new Story(story.id(), story.title(), story.description(),
                story.dataset() != null ? story.dataset() : currentDataset, withoutMissing(story.scenes()),
                Instant.now(clock).toString());
        boolean created = graph.write("""
                OPTIONAL MATCH (old:Story {id: $id})
                WITH old IS NULL AS created
                MERGE (s:Story {id: $id})
                SET s.title = $title, s.json = $json, s.updatedAt = $updatedAt
                RETURN created""",
                Map.of("id", stamped.id(), "title", stamped.title(), "json", write(stamped),
                        "updatedAt", stamped.updatedAt()),
                rows -> rows.get(0).flag("created"));
        return new Saved(stamped, created);
    }

    /** A stored story and whether this save created it. */
    public record Saved(Story story, boolean created) {
    }

    /** Stores a story unless one with its id exists; true when it was stored. */
    public boolean saveIfAbsent(Story story) {
        boolean exists = graph.read("MATCH (s:Story {id: $id}) RETURN count(s) > 0 AS exists", Map.of("id", story.id()),
                rows -> rows.get(0).flag("exists"));
        return !exists && save(story, story.dataset()).created();
    }

    public void delete(String id) {
        long deleted = graph.write("MATCH (s:Story {id: $id}) DETACH DELETE s RETURN count(*) AS deleted",
                Map.of("id", id), rows -> rows.get(0).number("deleted"));
        if (deleted == 0) {
            throw ApiException.notFound("no story with id '" + id + "'");
        }
    }

    private static List<Story.Scene> withoutMissing(List<Story.Scene> scenes) {
        return scenes.stream().map(s -> new Story.Scene(s.title(), s.caption(), s.view(), null)).toList();
    }

    private static Story parse(String json) {
        try {
            return JSON.readValue(json, Story.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored story is not valid JSON", e);
        }
    }

    private static String write(Story story) {
        try {
            return JSON.writeValueAsString(story);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a story", e);
        }
    }
}
