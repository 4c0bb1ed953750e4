package dev.aigeo.explorer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The URL holds the view: a fresh page load shows the same graph, selection, filters, layout and panel. */
class ShareableViewIT {

    @RegisterExtension
    static final ExplorerPage page = ExplorerPage.of("fixture");

    @SuppressWarnings("unchecked")
    private static List<Object> view() {
        return (List<Object>) page.js("""
                const cy = explorer.cy;
                return [cy.nodes().map(n => n.id()).sort(), cy.edges().map(e => e.id()).sort(),
                  cy.nodes().map(n => [n.id(), Math.round(n.position('x')), Math.round(n.position('y'))]).sort(),
                  JSON.stringify(explorer.store.selection), explorer.store.layout, explorer.store.panel,
                  cy.edges(':visible').map(e => e.id()).sort()];""");
    }

    @Test
    void aLinkRestoresTheSameViewInAFreshPage() {
        page.open("/");
        page.js("explorer.cy.elements().remove(); explorer.store.resetHistory()");
        var search = page.browser.findElement(By.id("search"));
        search.sendKeys("deeps");
        page.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#search-results [role=option][data-id='lab:deepseek']"))).click();
        page.wait.until(ExpectedConditions.textToBe(By.id("details-title"), "DeepSeek"));
        page.browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        page.waitFor("return explorer.cy.getElementById('model:r1').length === 1");
        new org.openqa.selenium.support.ui.Select(page.browser.findElement(By.id("layout-select"))).selectByValue("concentric");
        page.wait.until(d -> "concentric".equals(d.findElement(By.id("graph")).getAttribute("data-layout")));
        page.browser.findElement(By.id("tab-filters")).click();
        page.browser.findElement(By.cssSelector("#filters input[name=conf][value=high]")).click();
        page.js("explorer.store.select('edge', 'lab:deepseek|DEVELOPS|model:r1')");
        page.settle();
        String link = page.waitForQuery("sel=edge");
        assertThat(link).contains("n=lab:deepseek", "x=", "layout=concentric", "conf=high", "panel=filters", "p=");
        List<Object> before = view();

        page.browser.get("about:blank");
        page.open("/" + link);
        assertThat(view()).isEqualTo(before);
        assertThat(page.browser.findElement(By.id("details-title")).getAttribute("textContent")).isEqualTo("DEVELOPS");
        assertThat(page.browser.findElement(By.cssSelector("#filters input[name=conf][value=high]")).isSelected()).isTrue();
        assertThat(page.browser.findElement(By.id("tab-filters")).getAttribute("aria-selected")).isEqualTo("true");
        assertThat(page.browser.findElement(By.id("layout-select")).getAttribute("value")).isEqualTo("concentric");
        Browser.screenshot(page.browser, "30-restored-from-link");
    }

    @Test
    void backAndForwardStepThroughExpansions() {
        page.open("/?n=lab:deepseek");
        assertThat(page.count("return explorer.cy.nodes().length")).isEqualTo(1);
        page.js("explorer.store.requestExpand('lab:deepseek')");
        page.waitFor("return explorer.cy.getElementById('model:r1').length === 1");
        page.waitForQuery("x=");

        page.browser.navigate().back();
        page.waitFor("return explorer.cy.getElementById('model:r1').length === 0");
        assertThat(page.onGraph("lab:deepseek")).isTrue();
        assertThat(page.query()).doesNotContain("x=");

        page.browser.navigate().forward();
        page.waitFor("return explorer.cy.getElementById('model:r1').length === 1");
        assertThat(page.query()).contains("x=");
    }

    @Test
    void theOpenPanelAndAFoldedPanelAreInTheUrl() {
        page.open("/?n=lab:deepseek");
        page.browser.findElement(By.id("tab-list")).click();
        page.waitForQuery("panel=list");
        page.browser.navigate().refresh();
        page.wait.until(ExpectedConditions.attributeToBe(By.id("graph"), "data-ready", "true"));
        assertThat(page.browser.findElement(By.id("tab-list")).getAttribute("aria-selected")).isEqualTo("true");
        assertThat(page.browser.findElement(By.id("list")).isDisplayed()).isTrue();

        page.browser.findElement(By.id("panel-toggle")).click();
        page.waitForQuery("panel=closed");
        assertThat(page.browser.findElement(By.id("side")).isDisplayed()).isFalse();
        page.browser.navigate().back();
        page.wait.until(d -> d.findElement(By.id("side")).isDisplayed());
    }
}
