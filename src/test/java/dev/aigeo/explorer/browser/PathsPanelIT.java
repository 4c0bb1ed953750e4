package dev.aigeo.explorer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The path panel on the paths fixture, whose answers are known (see PathsIT): pickers with autocomplete, all
 * shortest paths as sentences with sources, the picked path highlighted on the graph, templates, "no path" as of
 * a date, errors, the Cypher, and the search coming back from the URL.
 */
class PathsPanelIT {

    private static final String VIA_CLOUD = "Policy P (2020) promotes Cloud C [Pub B 2025], which operates Region R (rr-1) [Pub B 2025].";
    private static final String VIA_ORG = "Policy P (2020) promotes Org O [Pub A 2024], which operates Region R (rr-1) [Pub A 2024].";

    @RegisterExtension
    static final ExplorerPage page = ExplorerPage.of("paths");

    @BeforeEach
    void openThePathPanel() {
        page.open("/?panel=paths");
        page.js("window.localStorage.clear()");
    }

    private void pick(String end, String typed, String id) {
        WebElement input = page.browser.findElement(By.id("path-" + end));
        input.clear();
        input.sendKeys(typed);
        page.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#path-" + end + "-results [role=option][data-id='" + id + "']"))).click();
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("path-" + end + "-chosen"), id));
    }

    private void find() {
        page.browser.findElement(By.id("path-find")).click();
    }

    private List<String> sentences(int count) {
        page.wait.until(d -> d.findElements(By.cssSelector("#path-results .path-text")).size() == count);
        return page.browser.findElements(By.cssSelector("#path-results .path-text")).stream().map(WebElement::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> highlighted() {
        return (List<String>) page.js("return explorer.cy.$('.path-on').map(e => e.id()).sort()");
    }

    private String status() {
        return page.browser.findElement(By.id("path-status")).getText();
    }

    @Test
    void allShortestListsBothPathsAsSentencesAndHighlightsThePickedOne() {
        pick("from", "policy p", "pol:p");
        pick("to", "region r", "region:r");
        new Select(page.browser.findElement(By.id("path-mode"))).selectByValue("all-shortest");
        find();

        assertThat(sentences(2)).containsExactly(VIA_CLOUD, VIA_ORG);
        assertThat(status()).startsWith("2 paths of 2 hops within 6 hops");
        page.waitFor("return explorer.cy.$('.path-on').length === 5");
        assertThat(highlighted()).containsExactly("cloud:c", "cloud:c|OPERATES|region:r", "pol:p", "pol:p|PROMOTES|cloud:c", "region:r");
        assertThat(page.count("return explorer.cy.$('.path-off').length")).isEqualTo(page.count("return explorer.cy.elements().length") - 5);
        Browser.screenshot(page.browser, "60-paths-all-shortest");

        page.browser.findElement(By.cssSelector("#path-results .path-result[data-index='1'] .path-pick")).click();
        page.waitFor("return explorer.cy.getElementById('org:o').hasClass('path-on')");
        assertThat(highlighted()).containsExactly("org:o", "org:o|OPERATES|region:r", "pol:p", "pol:p|PROMOTES|org:o", "region:r");
        assertThat(page.js("return explorer.cy.getElementById('cloud:c').hasClass('path-off')")).isEqualTo(true);
        WebElement citation = page.browser.findElement(By.cssSelector(
                "#path-results .path-result[data-index='1'] .hop[data-edge='pol:p|PROMOTES|org:o'] a.external"));
        assertThat(citation.getAttribute("href")).startsWith("https://");
        assertThat(citation.getAttribute("rel")).contains("noopener");
        assertThat(page.waitForQuery("path=")).contains("pick%3D1");

        page.browser.findElement(By.cssSelector("#path-actions [data-action='show-cypher']")).click();
        String cypher = page.browser.findElement(By.id("path-cypher-text")).getText();
        assertThat(cypher).contains("allShortestPaths(", "\"from\": \"pol:p\"", "\"to\": \"region:r\"");
        Browser.screenshot(page.browser, "61-paths-second-picked");

        page.browser.findElement(By.cssSelector("#path-actions [data-action='clear-highlight']")).click();
        page.waitFor("return explorer.cy.$('.path-on, .path-off').length === 0");
        assertThat(page.onGraph("org:o")).as("the path's elements stay on the graph").isTrue();
    }

    @Test
    void aTemplateSetsThePatternThatForcesTheLongerPathThroughALab() {
        pick("from", "policy p", "pol:p");
        pick("to", "region r", "region:r");
        new Select(page.browser.findElement(By.id("path-template"))).selectByVisibleText("policy → lab → cloud region");
        assertThat(page.browser.findElements(By.cssSelector("#path-via .via-step")))
                .extracting(e -> e.getAttribute("data-label")).containsExactly("Policy", "Lab", "CloudRegion");
        find();

        assertThat(sentences(1).get(0)).startsWith("Policy P (2020) promotes Lab One");
        page.waitFor("return explorer.cy.$('.path-on').length === 7");
        assertThat(highlighted()).contains("lab:l1", "lab:l1|PARTNERS_WITH|cloud:c");

        page.browser.findElement(By.id("path-template-name")).sendKeys("through a lab, 4 hops");
        page.browser.findElement(By.id("path-hops")).clear();
        page.browser.findElement(By.id("path-hops")).sendKeys("4");
        page.browser.findElement(By.cssSelector("[data-action='template-save']")).click();
        page.open("/?panel=paths");
        new Select(page.browser.findElement(By.id("path-template"))).selectByVisibleText("through a lab, 4 hops");
        assertThat(page.browser.findElements(By.cssSelector("#path-via .via-step"))).hasSize(3);
        assertThat(page.browser.findElement(By.id("path-hops")).getAttribute("value")).isEqualTo("4");
    }

    @Test
    void saysWhenThereIsNoPathAsOfADateAndShowsErrors() {
        page.open("/?panel=paths&date=2023-01-01");
        pick("from", "gov g", "gov:g");
        pick("to", "country x", "country:x");
        page.browser.findElement(By.cssSelector("#path-types-summary")).click();
        page.browser.findElement(By.cssSelector("#path-types input[data-type='RESTRICTS']")).click();
        page.browser.findElement(By.cssSelector("#path-types input[data-type='DOWNLOAD_SHARE']")).click();
        assertThat(page.browser.findElement(By.id("path-asof")).getText()).startsWith("As of 2023-01-01");
        find();
        page.wait.until(d -> status().startsWith("No path"));
        assertThat(status()).isEqualTo("No path from Gov G to Country X within 6 hops over DOWNLOAD_SHARE, RESTRICTS as of 2023-01-01.");
        assertThat(page.browser.findElements(By.cssSelector("#path-results li"))).isEmpty();

        page.browser.findElement(By.id("time-badge")).findElement(By.cssSelector("[data-action='any-time']")).click();
        find();
        assertThat(sentences(1).get(0)).startsWith("Gov G restricts Lab Two (2021 to 2022)");

        new Select(page.browser.findElement(By.id("path-via-label"))).selectByValue("Government");
        page.browser.findElement(By.cssSelector("[data-action='via-add']")).click();
        find();
        page.wait.until(d -> status().startsWith("Could not search paths"));
        assertThat(status()).contains("via needs at least two labels");
        assertThat(page.count("return window.scrollY + document.documentElement.scrollHeight - window.innerHeight"))
                .as("only the panel scrolls, never the page").isZero();
        Browser.screenshot(page.browser, "62-paths-error");
    }

    @Test
    void aLinkHoldingOnlyAPathSearchListsItsPathsAndSaysNothingIsGone() {
        page.open("/?panel=paths&path=" + java.net.URLEncoder.encode("from=pol:p&to=region:r&mode=all-shortest",
                java.nio.charset.StandardCharsets.UTF_8));

        assertThat(sentences(2)).containsExactly(VIA_CLOUD, VIA_ORG);
        page.settle();
        assertThat(page.browser.findElement(By.id("status")).getText()).doesNotContain("exist any more");
    }

    @Test
    void theSearchThePickedPathAndTheDateComeBackFromTheLink() {
        page.open("/?panel=paths&date=2025");
        pick("from", "policy p", "pol:p");
        pick("to", "region r", "region:r");
        new Select(page.browser.findElement(By.id("path-mode"))).selectByValue("all-shortest");
        find();
        sentences(2);
        page.browser.findElement(By.cssSelector("#path-results .path-result[data-index='1'] .path-pick")).click();
        page.settle();
        String link = page.waitForQuery("pick%3D1");
        assertThat(link).contains("date=2025", "mode%3Dall-shortest", "asOf%3D2025");

        page.browser.get("about:blank");
        page.open("/" + link);
        assertThat(sentences(2)).containsExactly(VIA_CLOUD, VIA_ORG);
        page.waitFor("return explorer.cy.getElementById('org:o').hasClass('path-on')");
        assertThat(page.browser.findElement(By.id("path-from")).getAttribute("value")).isEqualTo("Policy P");
        assertThat(new Select(page.browser.findElement(By.id("path-mode"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("all-shortest");
        assertThat(page.js("return explorer.store.date")).isEqualTo("2025");
        assertThat(page.browser.findElement(By.id("time-badge")).getText()).contains("As of 2025");
        assertThat(page.query()).isEqualTo(link);
    }
}
