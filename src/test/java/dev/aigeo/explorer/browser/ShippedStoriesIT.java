package dev.aigeo.explorer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigeo.explorer.dataset.Datasets;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The stories shipped with the app, presented on the default dataset: each is opened by link and stepped through
 * with → to its end; every scene shows its title and caption, spotlights what it highlights and lists sources.
 * A screenshot per scene lands in target/screenshots/ for people to read.
 */
class ShippedStoriesIT {

    private static final String TOKEN = "shipped-stories";

    @RegisterExtension
    static final ExplorerPage page = ExplorerPage.of(Datasets.bundled(), "global-south-ai")
            .withEnv(Map.of("ADMIN_TOKEN", TOKEN));

    /** The bundled story files, stored through the API as the app stores them at start. */
    private static List<String> storeBundledStories() throws Exception {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/stories"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".story.json")).sorted().toList()) {
                HttpRequest post = HttpRequest.newBuilder(URI.create(page.app.url("/api/stories")))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                        .POST(HttpRequest.BodyPublishers.ofString(Files.readString(file))).build();
                var created = page.app.send(post);
                assertThat(created.status()).as(file.toString()).isEqualTo(201);
                ids.add(created.json().path("id").asText());
            }
        }
        return ids;
    }

    @Test
    void everyShippedStoryStepsThroughToItsEnd() throws Exception {
        List<String> ids = storeBundledStories();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(3);
        int storyNumber = 0;
        for (String id : ids) {
            storyNumber++;
            JsonNode story = page.app.get("/api/stories/" + id).json();
            page.browser.get("about:blank");
            page.open("/?story=" + id + "&scene=1");
            for (int i = 0; i < story.path("scenes").size(); i++) {
                JsonNode scene = story.path("scenes").get(i);
                if (i > 0) {
                    new Actions(page.browser).sendKeys(Keys.ARROW_RIGHT).perform();
                }
                page.waitFor("const p = document.getElementById('present');"
                        + " return p.dataset.state === 'shown' && p.dataset.scene === arguments[0]"
                        + " && document.getElementById('graph').dataset.scene === 'shown'", String.valueOf(i + 1));
                String where = id + " scene " + (i + 1);
                assertThat(page.browser.findElement(By.id("present-title")).getText()).as(where)
                        .isEqualTo(scene.path("title").asText());
                assertThat(page.browser.findElement(By.id("present-missing")).isDisplayed()).as(where).isFalse();
                assertThat(page.query()).as(where).endsWith("scene=" + (i + 1));
                for (JsonNode highlighted : scene.at("/view/highlight")) {
                    assertThat((Boolean) page.js("return explorer.cy.getElementById(arguments[0]).hasClass('spotlit')",
                            highlighted.asText())).as(where + ": " + highlighted.asText()).isTrue();
                }
                assertThat(page.browser.findElements(By.cssSelector("#present-notes li"))).as(where).isNotEmpty();
                Browser.screenshot(page.browser, String.format("7%d-story-%s-scene-%d", storyNumber,
                        id.substring("story:".length()), i + 1));
            }
        }
    }
}
