package dev.aigeo.explorer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Writing stories in the Stories tab on the fixture: scenes from the explorer's view, reordered with the
 * keyboard, saved with the admin token (a wrong one is refused with a clear message), found in the list; and
 * the offline export: a zip with a PNG per scene and a handout with captions and sources.
 */
class StoryAuthoringIT {

    private static final String TOKEN = "author-admin";

    @RegisterExtension
    static final ExplorerPage page = ExplorerPage.of("fixture").withEnv(Map.of("ADMIN_TOKEN", TOKEN));

    private static WebElement find(String css) {
        return page.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
    }

    private static void type(String css, String text) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(text);
    }

    private static String message() {
        return page.browser.findElement(By.id("story-message")).getText();
    }

    private static void openStoriesTab() {
        find("#tab-stories").click();
        page.waitFor("return document.querySelector('#story-list li') !== null");
    }

    @Test
    void authorsAStoryFromTheViewAndSavesItWithTheToken() {
        page.open("/?n=gov:state-council&x=6~ISSUED~gov:state-council&n=lab:deepseek");
        openStoriesTab();
        find("#stories button[data-action=new]").click();
        type("#story-title", "Class on AI+");
        page.js("explorer.store.select('edge', 'gov:state-council|ISSUED|policy:ai-plus')");
        find("#story-form button[data-action=add-scene]").click();
        type("#scene-0-title", "The policy");
        type("#scene-0-caption", "The *State Council* issued the AI+ Opinions.");
        page.js("explorer.store.select('node', 'lab:deepseek')");
        find("#story-form button[data-action=add-scene]").click();
        assertThat(find("#scene-1-title").getAttribute("value")).isEqualTo("DeepSeek");
        Browser.screenshot(page.browser, "65-story-editor");

        find("#story-scenes button[data-action=down][data-index='0']").click();
        assertThat(find("#scene-0-title").getAttribute("value")).isEqualTo("DeepSeek");
        WebElement focused = page.browser.switchTo().activeElement();
        assertThat(focused.getAttribute("data-action") + focused.getAttribute("data-index")).isEqualTo("down1");
        find("#story-scenes button[data-action=up][data-index='1']").sendKeys(Keys.ENTER);
        assertThat(find("#scene-0-title").getAttribute("value")).isEqualTo("The policy");
        find("#story-scenes button[data-action=remove][data-index='1']").click();
        assertThat(page.browser.findElements(By.cssSelector("#story-scenes .scene-item"))).hasSize(1);

        find("#story-form button[type=submit]").click();
        assertThat(message()).contains("needs the admin token");
        type("#story-token-input", "not-the-token");
        find("#story-form button[type=submit]").click();
        page.wait.until(d -> message().contains("401"));
        assertThat(message()).contains("not accepted");
        type("#story-token-input", TOKEN);
        find("#story-form button[type=submit]").click();
        page.wait.until(d -> message().startsWith("Saved"));
        assertThat(message()).isEqualTo("Saved “Class on AI+” (1 scene).");
        page.waitFor("return document.querySelector(\"#story-list li[data-id='story:class-on-ai']\") !== null");
        assertThat(page.js("return sessionStorage.getItem('aigeo.explorer.adminToken')")).isEqualTo(TOKEN);
        assertThat(page.query()).doesNotContain(TOKEN);
        Browser.screenshot(page.browser, "66-story-saved");

        JsonNode scene = page.app.get("/api/stories/story:class-on-ai").json().at("/scenes/0");
        assertThat(scene.path("caption").asText()).isEqualTo("The *State Council* issued the AI+ Opinions.");
        assertThat(scene.at("/view/highlight/0").asText()).isEqualTo("gov:state-council|ISSUED|policy:ai-plus");
        assertThat(scene.at("/view/entities").toString()).contains("gov:state-council", "policy:ai-plus", "lab:deepseek");
        assertThat(scene.at("/view/positions/policy:ai-plus/x").isNumber()).isTrue();
        assertThat(scene.at("/view/layout").asText()).isEqualTo("fcose");
    }

    @Test
    void exportsAZipWithAPicturePerSceneAndAHandout() throws IOException {
        HttpRequest post = HttpRequest.newBuilder(URI.create(page.app.url("/api/stories")))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"id": "story:offline", "title": "Offline class",
                         "scenes": [
                           {"title": "Issued", "caption": "The *State Council* issued [AI+](https://example.org/report).",
                            "view": {"entities": ["gov:state-council", "policy:ai-plus"],
                                     "highlight": ["gov:state-council|ISSUED|policy:ai-plus"], "layout": "concentric"}},
                           {"title": "Developed", "caption": "DeepSeek develops R1.",
                            "view": {"entities": ["lab:deepseek", "model:r1"], "layout": "concentric"}}
                         ]}""")).build();
        assertThat(page.app.send(post).status()).isEqualTo(201);
        page.open("/");
        openStoriesTab();
        find("#story-list li[data-id='story:offline'] button[data-action=edit]").click();
        find("#story-form button[data-action=export]").click();

        Path zip = page.download(".zip");
        assertThat(zip.getFileName().toString()).isEqualTo("offline.zip");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(file.entries())) {
                entries.put(entry.getName(), file.getInputStream(entry).readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(entries).containsOnlyKeys("offline/scene-01.png", "offline/scene-02.png", "offline/handout.html");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        assertThat(Arrays.copyOf(entries.get("offline/scene-01.png"), 4)).isEqualTo(png);
        assertThat(entries.get("offline/scene-02.png").length).isGreaterThan(1000);
        String handout = new String(entries.get("offline/handout.html"), StandardCharsets.UTF_8);
        assertThat(handout).contains("<h1>Offline class</h1>", "1. Issued", "<em>State Council</em>",
                "href=\"https://example.org/report\"", "src=\"scene-02.png\"", "The report", "Example Wire",
                "A news item", "Bibliography").doesNotContain("<script");
        page.waitFor("return document.getElementById('present').hidden");
        assertThat(message()).startsWith("Exported offline.zip");
    }
}
