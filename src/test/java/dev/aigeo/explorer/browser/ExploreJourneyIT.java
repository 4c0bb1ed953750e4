package dev.aigeo.explorer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The first-run, search-and-expand and "why is this edge here?" journeys in a real headless Chromium. */
class ExploreJourneyIT {

    @RegisterExtension
    static final ExplorerPage page = ExplorerPage.of("fixture");
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() {
        browser = page.browser;
        wait = page.wait;
    }

    @BeforeEach
    void openThePage() {
        page.open("/");
    }

    private static Object js(String script, Object... args) {
        return page.js(script, args);
    }

    private static boolean onGraph(String id) {
        return page.onGraph(id);
    }

    @Test
    void firstRunShowsAnOverviewALegendAndAFocusedSearchBox() {
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("search");
        assertThat(((Number) js("return explorer.cy.nodes().length")).intValue()).isBetween(3, 60);
        List<WebElement> legend = browser.findElements(By.cssSelector("#legend li[data-label]"));
        assertThat(legend).extracting(e -> e.getAttribute("data-label")).contains("Lab", "Source", "CloudRegion");
        assertThat(browser.findElement(By.cssSelector("#legend li[data-label='Organization']")).getText()).contains("14");
        assertThat(browser.findElement(By.id("banner")).isDisplayed()).isFalse();
        Browser.screenshot(browser, "01-first-run");
    }

    @Test
    void searchSelectExpandAndReadAnEdgesSources() {
        js("explorer.cy.elements().remove()");
        WebElement search = browser.findElement(By.id("search"));
        search.clear();
        search.sendKeys("deeps");
        WebElement option = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#search-results [role=option][data-id='lab:deepseek']")));
        assertThat(option.getText()).contains("DeepSeek").contains("Lab");
        Browser.screenshot(browser, "02-autocomplete");

        option.click();
        wait.until(d -> onGraph("lab:deepseek"));
        wait.until(ExpectedConditions.textToBe(By.id("details-title"), "DeepSeek"));
        assertThat(onGraph("model:r1")).isFalse();

        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(d -> onGraph("model:r1") && onGraph("lab:deepseek|DEVELOPS|model:r1"));
        assertThat(onGraph("country:cn")).isTrue();
        Browser.screenshot(browser, "03-expanded");

        // stop the expansion's own camera move first: it would shift the edge after its midpoint is read
        js("explorer.cy.stop(true); explorer.cy.fit(explorer.cy.getElementById('lab:deepseek|DEVELOPS|model:r1'), 200)");
        page.clickOnCanvas("const m = explorer.cy.getElementById(arguments[0]).renderedMidpoint(); return {x: m.x, y: m.y};",
                "lab:deepseek|DEVELOPS|model:r1");
        wait.until(ExpectedConditions.textToBe(By.id("details-title"), "DEVELOPS"));
        WebElement source = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#details-sources li a[href='https://example.org/news']")));
        assertThat(source.getText()).isEqualTo("A news item");
        assertThat(source.getAttribute("rel")).contains("noopener");
        assertThat(browser.findElement(By.id("details")).getText()).contains("2025-01-20").contains("high");
        Browser.screenshot(browser, "04-edge-sources");
    }

    @Test
    void datasetTextIsShownAsTextNeverAsMarkup() {
        WebElement search = browser.findElement(By.id("search"));
        search.clear();
        search.sendKeys("onerror");
        WebElement option = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#search-results [role=option][data-id='org:xss']")));
        assertThat(option.getText()).contains("<img src=x onerror=alert(1)>");
        option.click();

        wait.until(ExpectedConditions.textToBe(By.id("details-title"), "<img src=x onerror=alert(1)>"));
        assertThat(browser.findElements(By.cssSelector("#details img, #search-results img"))).isEmpty();
        assertThat(js("return explorer.cy.getElementById('org:xss').data('name')")).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
                .noneMatch(entry -> entry.getMessage().contains("Content Security Policy"));
        Browser.screenshot(browser, "05-text-not-markup");
    }
}
