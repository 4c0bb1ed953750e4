package dev.aigeo.explorer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Present mode on the fixture: a story posted through the API is opened from the Stories tab, moved through
 * with the keyboard (title, caption, footnotes, highlighted elements and the URL follow), opened at a scene by
 * link, and shows a calm note for a scene whose entity is gone.
 */
class PresentJourneyIT {

    static final String TOKEN = "present-admin";
    static final String STORY_ID = "story:fixture-tour";
    static final String STORY = """
            {"id": "story:fixture-tour", "title": "Fixture tour",
             "description": "From a policy to Jakarta, and a lab.",
             "scenes": [
               {"title": "The State Council issues AI+",
                "caption": "The *State Council* issued the AI+ Opinions, says [the report](https://example.org/report).",
                "view": {"entities": ["gov:state-council", "policy:ai-plus"], "layout": "concentric",
                         "highlight": ["gov:state-council|ISSUED|policy:ai-plus"]}},
               {"title": "From the policy to Jakarta",
                "caption": "The policy promotes Alibaba Cloud, which operates a region in Jakarta.",
                "view": {"path": {"from": "policy:ai-plus", "to": "country:id", "mode": "shortest"}, "layout": "dagre",
                         "highlight": ["cloud:alibaba|OPERATES|region:jakarta"]}},
               {"title": "A lab that is gone",
                "caption": "DeepSeek develops R1; the other lab of this scene was retracted.",
                "view": {"entities": ["lab:deepseek", "model:r1", "lab:retracted"],
                         "highlight": ["lab:deepseek|DEVELOPS|model:r1"]}},
               {"title": "R1 on Alibaba Cloud, as of 2026",
                "caption": "By March 2026 Alibaba Cloud no longer hosted R1.",
                "view": {"entities": ["cloud:alibaba", "model:r1"], "asOf": "2026-03"}}
             ]}""";

    @RegisterExtension
    static final ExplorerPage page = ExplorerPage.of("fixture").withEnv(Map.of("ADMIN_TOKEN", TOKEN));

    @BeforeAll
    static void postStory() {
        postStory(STORY);
    }

    static void postStory(String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(page.app.url("/api/stories")))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        assertThat(page.app.send(request).status()).isIn(200, 201);
    }

    private static String text(String id) {
        return page.browser.findElement(By.id(id)).getAttribute("textContent").trim();
    }

    private static void waitForScene(int n) {
        page.waitFor("const p = document.getElementById('present');"
                + " return !p.hidden && p.dataset.state === 'shown' && p.dataset.scene === arguments[0]"
                + " && document.getElementById('graph').dataset.scene === 'shown'", String.valueOf(n));
    }

    private static void press(CharSequence key) {
        new Actions(page.browser).sendKeys(key).perform();
    }

    @SuppressWarnings("unchecked")
    private static List<String> spotlit() {
        return (List<String>) page.js("return explorer.cy.$('.spotlit').map(e => e.id()).sort()");
    }

    private static List<String> footnotes() {
        return page.browser.findElements(By.cssSelector("#present-notes li a")).stream()
                .map(WebElement::getText).map(t -> t.replace(" ↗", "").trim()).toList();
    }

    @Test
    void stepsThroughAStoryWithTheKeyboard() {
        page.open("/");
        page.browser.findElement(By.id("tab-stories")).click();
        String explorerView = page.waitForQuery("panel=stories");
        page.wait.until(d -> !d.findElements(By.cssSelector("#story-list li[data-id='" + STORY_ID + "'] button[data-action=present]")).isEmpty());
        page.browser.findElement(By.cssSelector("#story-list li[data-id='" + STORY_ID + "'] button[data-action=present]")).click();

        waitForScene(1);
        assertThat(page.browser.findElement(By.className("app-header")).isDisplayed()).isFalse();
        assertThat(text("present-title")).isEqualTo("The State Council issues AI+");
        assertThat(page.browser.findElement(By.cssSelector("#present-caption em")).getText()).isEqualTo("State Council");
        assertThat(page.browser.findElement(By.cssSelector("#present-caption a")).getAttribute("rel")).contains("noopener");
        assertThat(text("present-progress")).isEqualTo("Scene 1 of 4");
        assertThat(footnotes()).containsExactly("The report");
        assertThat(spotlit()).contains("gov:state-council|ISSUED|policy:ai-plus", "policy:ai-plus");
        assertThat(page.js("return explorer.cy.getElementById('gov:state-council|ISSUED|policy:ai-plus').data('sceneLabel')"))
                .isEqualTo("ISSUED [1]");
        assertThat(page.query()).isEqualTo("?story=story:fixture-tour&scene=1");
        Browser.screenshot(page.browser, "60-present-scene-1");

        press(Keys.ARROW_RIGHT);
        waitForScene(2);
        assertThat(text("present-title")).isEqualTo("From the policy to Jakarta");
        assertThat(text("present-progress")).isEqualTo("Scene 2 of 4");
        assertThat(footnotes()).containsExactlyInAnyOrder("The report", "A news item");
        assertThat(spotlit()).contains("cloud:alibaba|OPERATES|region:jakarta", "region:jakarta");
        assertThat(page.onGraph("gov:state-council")).isFalse();
        assertThat(page.onGraph("country:id")).isTrue();
        assertThat(page.query()).endsWith("scene=2");
        Browser.screenshot(page.browser, "61-present-scene-2");

        press(Keys.SPACE);
        waitForScene(3);
        press(Keys.SPACE);
        waitForScene(4);
        assertThat(text("present-asof")).startsWith("As of 2026-03");
        assertThat(page.onGraph("model:r1")).isTrue();
        assertThat(page.count("return explorer.cy.edges().length")).isZero();
        assertThat(text("present-notes-note")).isEqualTo("No relationship on screen cites a source.");

        press(Keys.ARROW_LEFT);
        press(Keys.ARROW_LEFT);
        press(Keys.ARROW_LEFT);
        waitForScene(1);
        assertThat(text("present-title")).isEqualTo("The State Council issues AI+");
        assertThat(page.query()).endsWith("scene=1");

        press(Keys.ESCAPE);
        page.waitFor("return document.getElementById('present').hidden");
        page.settle();
        assertThat(page.query()).isEqualTo(explorerView);
        assertThat(page.browser.findElement(By.className("app-header")).isDisplayed()).isTrue();
        assertThat(page.count("return explorer.cy.$('.spotlit, .backdrop').length")).isZero();
    }

    @Test
    void aLinkOpensThatSceneAndAMissingEntityGetsANote() {
        page.browser.get("about:blank");
        page.open("/?story=" + STORY_ID + "&scene=3");
        waitForScene(3);
        assertThat(text("present-title")).isEqualTo("A lab that is gone");
        assertThat(page.browser.findElement(By.id("present-missing")).isDisplayed()).isTrue();
        assertThat(text("present-missing")).contains("lab:retracted").contains("the rest of it is shown");
        assertThat(page.onGraph("lab:deepseek")).isTrue();
        assertThat(spotlit()).contains("lab:deepseek|DEVELOPS|model:r1");
        assertThat(footnotes()).containsExactly("A news item");
        Browser.screenshot(page.browser, "62-present-link-missing-entity");

        page.browser.findElement(By.cssSelector("#present button[data-action=exit]")).click();
        page.waitFor("return document.getElementById('present').hidden");
        assertThat(page.waitForQuery("n=")).doesNotContain("story=");
        assertThat(page.count("return explorer.cy.$('.spotlit, .backdrop').length")).isZero();
    }
}
