package dev.aigeo.explorer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The network as of a date on the fixture (Alibaba Cloud hosts DeepSeek-R1 from 2025-02 to 2025-12; the AI+ policy
 * promotes it from 2025-08): the slider and the date hide or fade what was not valid then without moving anything,
 * play steps through the years, expansions ask as of the date, two dates compare, and all of it is in the URL.
 */
class TimeIT {

    private static final String ALIBABA = "/?n=cloud:alibaba&x=25~~cloud:alibaba&layout=concentric&panel=time";
    private static final String HOSTS = "cloud:alibaba|HOSTS|model:r1";
    private static final String PROMOTES = "policy:ai-plus|PROMOTES|cloud:alibaba";
    private static final String OPERATES = "cloud:alibaba|OPERATES|region:jakarta";

    @RegisterExtension
    static final ExplorerPage page = ExplorerPage.of("fixture");

    private void openAlibaba(String extra) {
        page.open(ALIBABA + extra);
        page.waitFor("return explorer.cy.getElementById(arguments[0]).length === 1", HOSTS);
    }

    private boolean visible(String id) {
        return (Boolean) page.js("return explorer.cy.getElementById(arguments[0]).visible()", id);
    }

    private boolean hasClass(String id, String cls) {
        return (Boolean) page.js("return explorer.cy.getElementById(arguments[0]).hasClass(arguments[1])", id, cls);
    }

    private void typeDate(String field, String date) {
        WebElement input = page.browser.findElement(By.id(field));
        input.clear();
        input.sendKeys(date);
    }

    @Test
    void theDateHidesWhatWasNotValidThenWithoutMovingAnything() {
        openAlibaba("");
        Map<String, Number> before = page.position("model:r1");
        typeDate("time-date", "2025-01");
        page.browser.findElement(By.id("time-date")).sendKeys(Keys.ENTER);

        page.waitFor("return !explorer.cy.getElementById(arguments[0]).visible()", HOSTS);
        assertThat(visible(PROMOTES)).isFalse();
        assertThat(visible("policy:ai-plus")).as("issued 2025-08-21").isFalse();
        assertThat(visible(OPERATES)).isTrue();
        assertThat(visible("model:r1")).isTrue();
        assertThat(page.position("model:r1")).isEqualTo(before);
        assertThat(page.browser.findElement(By.id("time-badge")).getText()).contains("As of 2025-01");
        page.waitForQuery("date=2025-01");
        Browser.screenshot(page.browser, "70-time-2025-01");

        page.browser.findElement(By.id("time-range")).sendKeys(Keys.ARROW_RIGHT);
        page.waitFor("return explorer.cy.getElementById(arguments[0]).visible()", HOSTS);
        assertThat(page.js("return explorer.store.date")).isEqualTo("2025-02");
        assertThat(page.browser.findElement(By.id("time-date")).getAttribute("value")).isEqualTo("2025-02");

        typeDate("time-date", "2026");
        page.browser.findElement(By.id("time-date")).sendKeys(Keys.TAB);
        page.waitFor("return !explorer.cy.getElementById(arguments[0]).visible()", HOSTS);
        assertThat(visible(PROMOTES)).isTrue();

        page.browser.findElement(By.id("tab-filters")).click();
        page.browser.findElement(By.id("filter-fade")).click();
        page.waitFor("return explorer.cy.getElementById(arguments[0]).visible()", HOSTS);
        assertThat(hasClass(HOSTS, "off-fade")).isTrue();
        assertThat(page.position("model:r1")).isEqualTo(before);

        page.browser.findElement(By.id("time-badge")).findElement(By.cssSelector("[data-action='any-time']")).click();
        page.waitFor("return !explorer.cy.getElementById(arguments[0]).hasClass('off-fade')", HOSTS);
        assertThat(page.js("return explorer.store.date")).isNull();
        assertThat(page.browser.findElement(By.id("time-badge")).isDisplayed()).isFalse();
    }

    @Test
    void playStepsThroughTheYearsUntilPaused() {
        openAlibaba("");
        WebElement play = page.browser.findElement(By.id("time-play"));
        play.click();
        assertThat(play.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(page.js("return explorer.store.date")).isEqualTo("2009-01");
        page.waitFor("return explorer.store.date === '2010-01'");
        play.click();
        assertThat(play.getText()).isEqualTo("Play");
        Object paused = page.js("return explorer.store.date");
        ExplorerPage.pause(1000);
        assertThat(page.js("return explorer.store.date")).isEqualTo(paused);
    }

    @Test
    void expansionsAskAsOfTheDateAndTheDateComesBackFromTheLink() {
        page.open("/?n=cloud:alibaba&date=2024&panel=time");
        assertThat(page.browser.findElement(By.id("time-badge")).getText()).contains("As of 2024");
        assertThat(page.browser.findElement(By.id("time-range")).getAttribute("aria-valuetext")).isEqualTo("2024");
        page.js("explorer.store.requestExpand('cloud:alibaba')");
        page.waitFor("return explorer.cy.getElementById(arguments[0]).length === 1", OPERATES);
        page.settle();
        assertThat(page.onGraph("model:r1")).as("hosted only from 2025-02").isFalse();
        assertThat(page.onGraph("policy:ai-plus")).isFalse();
        assertThat(page.query()).contains("date=2024");
    }

    @Test
    void comparingTwoDatesMarksWhatAppearedEndedAndStayed() {
        openAlibaba("");
        typeDate("compare-a", "2025-06");
        typeDate("compare-b", "2026");
        page.browser.findElement(By.cssSelector("#compare-form button[type=submit]")).click();

        page.waitFor("return explorer.cy.getElementById(arguments[0]).hasClass('was-ended')", HOSTS);
        assertThat(hasClass(PROMOTES, "was-appeared")).isTrue();
        assertThat(hasClass("policy:ai-plus", "was-appeared")).isTrue();
        assertThat(hasClass(OPERATES, "was-stayed")).isTrue();
        assertThat(page.browser.findElement(By.cssSelector("#compare-result [data-change='ended']")).getText())
                .contains("Ended (1)", "Alibaba Cloud —HOSTS→ DeepSeek-R1 (2025-02 to 2025-12)");
        assertThat(page.browser.findElement(By.cssSelector("#compare-result [data-change='appeared']")).getText())
                .contains("Appeared (2)", "AI+ Opinions —PROMOTES→ Alibaba Cloud (since 2025-08)", "AI+ Opinions (Policy)");
        assertThat(page.browser.findElement(By.id("time-badge")).getText()).contains("2025-06 → 2026", "appeared", "ended", "stayed");
        String link = page.waitForQuery("cmp=2025-06~2026");
        Browser.screenshot(page.browser, "71-compare-dates");

        page.browser.get("about:blank");
        page.open("/" + link);
        page.waitFor("return explorer.cy.getElementById(arguments[0]).hasClass('was-ended')", HOSTS);
        assertThat(page.browser.findElement(By.id("compare-a")).getAttribute("value")).isEqualTo("2025-06");

        typeDate("time-date", "2025-03");
        page.browser.findElement(By.id("time-date")).sendKeys(Keys.ENTER);
        page.waitFor("return explorer.cy.$('.was-ended, .was-appeared, .was-stayed').length === 0");
        assertThat(page.waitForQuery("date=2025-03")).doesNotContain("cmp=");
    }
}
