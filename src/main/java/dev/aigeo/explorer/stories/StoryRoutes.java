package dev.aigeo.explorer.stories;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigeo.explorer.admin.AdminAuth;
import dev.aigeo.explorer.http.ApiException;
import dev.aigeo.explorer.http.Json;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code /api/stories}: anyone may list, read and export stories; creating, replacing and deleting need the admin
 * token (checked before the body is read).
 */
public final class StoryRoutes {

    private static final ObjectMapper JSON = Json.mapper();

    private final StoryService stories;
    private final AdminAuth auth;
    private final Supplier<Story.DatasetRef> currentDataset;

    public StoryRoutes(StoryService stories, AdminAuth auth, Supplier<Story.DatasetRef> currentDataset) {
        this.stories = stories;
        this.auth = auth;
        this.currentDataset = currentDataset;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/stories", ctx -> ctx.jsonStream(Map.of("stories", stories.list())));
        routes.get("/api/stories/{id}", ctx -> ctx.jsonStream(stories.get(ctx.pathParam("id"))));
        routes.get("/api/stories/{id}/export", this::export);
        routes.post("/api/stories", ctx -> save(ctx, null));
        routes.put("/api/stories/{id}", ctx -> save(ctx, ctx.pathParam("id")));
        routes.delete("/api/stories/{id}", ctx -> {
            auth.require(ctx);
            stories.delete(ctx.pathParam("id"));
            ctx.status(204);
        });
    }

    private void save(Context ctx, String pathId) {
        auth.require(ctx);
        Story story = StoryRules.check(parse(ctx.body()), pathId);
        StoryService.Saved saved = stories.save(story, currentDataset.get());
        ctx.status(saved.created() ? 201 : 200).jsonStream(saved.story());
    }

    private void export(Context ctx) {
        Story story = stories.get(ctx.pathParam("id"));
        String file = story.id().substring("story:".length()) + ".story.json";
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        ctx.jsonStream(story);
    }

    private static Story parse(String body) {
        try {
            return JSON.readValue(body, Story.class);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not a story in JSON: " + e.getOriginalMessage());
        }
    }
}
