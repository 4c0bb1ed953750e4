package dev.aigeo.explorer.stories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigeo.explorer.dataset.Datasets;
import dev.aigeo.explorer.support.AdminApps;
import dev.aigeo.explorer.support.Fixtures;
import dev.aigeo.explorer.support.TestApp;
import dev.aigeo.explorer.support.TestApp.Response;
import dev.aigeo.explorer.support.TestNeo4j;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Story CRUD with and without the admin token, JSON round trip, and scenes whose entities are gone. */
class StoriesIT {

    private static final String TOKEN = "story-admin";
    private static final String STORY = """
            {"title": "From Beijing's AI+ policy to a Jakarta data center",
             "description": "How a State Council policy reaches a cloud region in Indonesia.",
             "scenes": [
               {"title": "The policy", "caption": "The State Council issued the *AI+* Opinions.",
                "view": {"entities": ["gov:state-council", "policy:ai-plus"], "layout": "fcose",
                         "highlight": ["gov:state-council|ISSUED|policy:ai-plus"]}},
               {"title": "To Jakarta", "caption": "See [the report](https://example.org/report).",
                "view": {"path": {"from": "policy:ai-plus", "to": "region:jakarta", "mode": "shortest"},
                         "asOf": "2025-09-01", "positions": {"policy:ai-plus": {"x": 0, "y": 0}}}}
             ]}""";

    private static AdminApps apps;
    private static TestApp app;
    private static TestApp closed;

    @BeforeAll
    static void start() {
        TestNeo4j.reset();
        assertThat(Datasets.importInto(TestNeo4j.graph(), Fixtures.dataset("fixture")).imported()).isTrue();
        apps = AdminApps.start(TOKEN);
        app = apps.withToken();
        closed = apps.withoutToken();
    }

    @AfterAll
    static void stop() {
        apps.close();
    }

    @BeforeEach
    void noStories() {
        TestNeo4j.graph().write("MATCH (s:Story) DETACH DELETE s", Map.of(), rows -> rows);
    }

    private static Response send(TestApp target, String method, String path, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.url(path)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return target.send(request.build());
    }

    @Test
    void createReadReplaceAndDeleteWithTheToken() {
        Response created = send(app, "POST", "/api/stories", STORY, TOKEN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asText();
        assertThat(id).isEqualTo("story:from-beijing-s-ai-policy-to-a-jakarta-data-center");
        assertThat(created.json().at("/dataset/name").asText()).isEqualTo("fixture");

        JsonNode story = app.get("/api/stories/" + id).json();
        assertThat(story.path("scenes")).hasSize(2);
        assertThat(story.at("/scenes/1/view/path/to").asText()).isEqualTo("region:jakarta");
        assertThat(story.at("/scenes/0/missing").isMissingNode()).isTrue();
        assertThat(app.get("/api/stories").json().at("/stories/0/scenes").asInt()).isEqualTo(2);

        String replaced = STORY.replace("The policy", "The policy, issued");
        assertThat(send(app, "PUT", "/api/stories/" + id, replaced, TOKEN).status()).isEqualTo(200);
        assertThat(app.get("/api/stories/" + id).json().at("/scenes/0/title").asText()).isEqualTo("The policy, issued");

        assertThat(send(app, "DELETE", "/api/stories/" + id, null, TOKEN).status()).isEqualTo(204);
        assertThat(app.get("/api/stories/" + id).status()).isEqualTo(404);
    }

    @Test
    void writesNeedTheTokenReadsDoNot() {
        assertThat(send(app, "POST", "/api/stories", STORY, null).status()).isEqualTo(401);
        assertThat(send(app, "POST", "/api/stories", STORY, "wrong").status()).isEqualTo(401);
        assertThat(send(closed, "POST", "/api/stories", STORY, TOKEN).status()).isEqualTo(403);
        assertThat(app.get("/api/stories").json().path("stories")).isEmpty();

        String id = send(app, "POST", "/api/stories", STORY, TOKEN).json().path("id").asText();
        assertThat(send(app, "DELETE", "/api/stories/" + id, null, null).status()).isEqualTo(401);
        assertThat(closed.get("/api/stories/" + id).status()).isEqualTo(200);
    }

    @Test
    void exportedJsonImportsBackAsTheSameStory() {
        String id = send(app, "POST", "/api/stories", STORY, TOKEN).json().path("id").asText();
        Response export = app.get("/api/stories/" + id + "/export");
        assertThat(export.header("Content-Disposition")).contains("from-beijing-s-ai-policy-to-a-jakarta-data-center.story.json");
        JsonNode before = export.json();

        send(app, "DELETE", "/api/stories/" + id, null, TOKEN);
        assertThat(send(app, "POST", "/api/stories", export.body(), TOKEN).status()).isEqualTo(201);

        JsonNode after = app.get("/api/stories/" + id).json();
        assertThat(after.path("scenes")).isEqualTo(before.path("scenes"));
        assertThat(after.path("dataset")).isEqualTo(before.path("dataset"));
    }

    @Test
    void aSceneWhoseEntitiesAreGoneSaysWhatIsMissing() {
        String story = STORY.replace("\"to\": \"region:jakarta\"", "\"to\": \"region:gone\"")
                .replace("\"policy:ai-plus\"]", "\"lab:retracted\"]");
        String id = send(app, "POST", "/api/stories", story, TOKEN).json().path("id").asText();

        JsonNode scenes = app.get("/api/stories/" + id).json().path("scenes");
        assertThat(scenes.at("/0/missing/0").asText()).isEqualTo("lab:retracted");
        assertThat(scenes.at("/1/missing/0").asText()).isEqualTo("region:gone");
        assertThat(scenes.at("/1/caption").asText()).startsWith("See [the report]");
    }

    @Test
    void refusesRawHtmlBadJsonAndMismatchedIds() {
        assertThat(send(app, "POST", "/api/stories", STORY.replace("*AI+*", "<script>alert(1)</script>"), TOKEN)
                .json().path("detail").asText()).contains("raw HTML is not accepted");
        assertThat(send(app, "POST", "/api/stories", "{\"title\": ", TOKEN).status()).isEqualTo(400);
        assertThat(send(app, "POST", "/api/stories", "{\"scenes\": []}", TOKEN).status()).isEqualTo(400);
        assertThat(send(app, "PUT", "/api/stories/story:other", STORY.replace("{\"title\"", "{\"id\": \"story:x\", \"title\""),
                TOKEN).status()).isEqualTo(400);
        assertThat(send(app, "POST", "/api/stories", "{\"title\": \"" + "x".repeat(1_100_000) + "\"}", TOKEN).status())
                .isEqualTo(413);
    }

    @Test
    void storiesAreNotData() {
        send(app, "POST", "/api/stories", STORY, TOKEN);

        assertThat(app.get("/api/meta").body()).doesNotContain("Story");
        assertThat(app.get("/api/search?q=beijing").json().path("results")).isEmpty();
    }
}
