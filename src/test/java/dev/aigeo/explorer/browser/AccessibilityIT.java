package dev.aigeo.explorer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Keyboard use, the list view, names and contrast, the empty state and the tablet width. */
class AccessibilityIT {

    private static final String DEEPSEEK = "/?n=lab:deepseek&x=25~~lab:deepseek&sel=node:lab:deepseek";
    @RegisterExtension
    static final ExplorerPage page = ExplorerPage.of("fixture");

    private String focused() {
        WebElement active = page.browser.switchTo().activeElement();
        String id = active.getAttribute("id");
        return id == null || id.isEmpty() ? active.getTagName() + ":" + active.getText() : id;
    }

    @Test
    void tabReachesEveryControlWithAVisibleFocusRing() {
        page.open(DEEPSEEK);
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 45 && !reached.contains("tab-details"); i++) {
            page.browser.switchTo().activeElement().sendKeys(Keys.TAB);
            reached.add(focused());
            assertThat(page.js("const s = getComputedStyle(document.activeElement); return s.outlineStyle !== 'none'"
                    + " && parseFloat(s.outlineWidth) >= 2")).as("focus ring on " + focused()).isEqualTo(true);
        }
        assertThat(reached).contains("copy-link", "panel-toggle", "graph", "layout-select", "pin-button", "tab-details");
        assertThat(reached).anyMatch(r -> r.startsWith("button:JSON"));
    }

    @Test
    void arrowKeysWalkFromANodeToItsNeighbours() {
        page.open(DEEPSEEK);
        page.browser.findElement(By.id("graph")).click();
        page.js("explorer.graph.anchor = 'lab:deepseek'; explorer.store.select('node', 'lab:deepseek')");
        WebElement graph = page.browser.findElement(By.id("graph"));
        graph.sendKeys(Keys.ARROW_RIGHT);
        page.waitFor("return explorer.store.selection.id !== 'lab:deepseek'");
        String first = (String) page.js("return explorer.store.selection.id");
        assertThat((Boolean) page.js("return explorer.cy.getElementById('lab:deepseek').neighborhood('node')"
                + ".contains(explorer.cy.getElementById(arguments[0]))", first)).isTrue();
        graph.sendKeys(Keys.ARROW_RIGHT);
        page.waitFor("return explorer.store.selection.id !== arguments[0]", first);
        assertThat(page.browser.findElement(By.id("status")).getText()).contains("2 of");
        graph.sendKeys(Keys.ESCAPE);
        page.waitFor("return explorer.store.selection === null");
    }

    @Test
    void theListViewShowsWhatIsOnScreenAsSortableText() {
        page.open(DEEPSEEK);
        page.browser.findElement(By.id("tab-list")).click();
        WebElement nodes = page.browser.findElement(By.id("list-nodes"));
        page.wait.until(d -> nodes.findElements(By.cssSelector("tbody tr")).size() == 4);
        assertThat(nodes.getText()).contains("DeepSeek-R1", "China", "<img src=x onerror=alert(1)>");
        assertThat(page.browser.findElements(By.cssSelector("#list img"))).isEmpty();
        WebElement edges = page.browser.findElement(By.id("list-edges"));
        assertThat(edges.getText()).contains("DEVELOPS", "HEADQUARTERED_IN", "PARTNERS_WITH", "high", "low");

        assertThat(nodes.findElement(By.cssSelector("th:first-child")).getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(nodes.findElement(By.cssSelector("tbody tr:first-child")).getText()).startsWith("<img");
        nodes.findElement(By.cssSelector("button[data-sort=name]")).click();
        assertThat(nodes.findElement(By.cssSelector("th:first-child")).getAttribute("aria-sort")).isEqualTo("descending");
        assertThat(nodes.findElement(By.cssSelector("tbody tr:first-child")).getText()).startsWith("DeepSeek-R1");
        nodes.findElement(By.cssSelector("button[data-sort=degree]")).click();
        assertThat(nodes.findElement(By.cssSelector("tbody tr:first-child td")).getText()).isEqualTo("DeepSeek");

        nodes.findElement(By.xpath(".//button[text()='China']")).click();
        page.waitFor("return explorer.store.selection && explorer.store.selection.id === 'country:cn'");
        Browser.screenshot(page.browser, "40-list-view");
    }

    @Test
    void controlsHaveNamesAndTextMeetsWcagAaContrast() {
        page.open(DEEPSEEK);
        @SuppressWarnings("unchecked")
        List<String> unnamed = (List<String>) page.js("""
                return [...document.querySelectorAll('button, select, input')].filter(e => e.offsetParent)
                  .filter(e => !(e.getAttribute('aria-label') || e.textContent.trim() || (e.labels && e.labels.length)
                    || e.title || e.placeholder)).map(e => e.outerHTML);""");
        assertThat(unnamed).isEmpty();
        assertThat(page.browser.findElement(By.id("graph")).getAttribute("aria-label")).contains("arrow keys");
        @SuppressWarnings("unchecked")
        List<String> lowContrast = (List<String>) page.js("""
                const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
                const lum = ([r, g, b]) => [r, g, b].map(v => v / 255)
                  .map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
                  .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
                const background = (el) => {
                  for (let e = el; e; e = e.parentElement) {
                    const c = rgb(getComputedStyle(e).backgroundColor);
                    if (c.length === 3 || c[3] > 0.5) return c.slice(0, 3);
                  }
                  return [255, 255, 255];
                };
                const bad = [];
                for (const el of document.querySelectorAll('body *')) {
                  if (!el.offsetParent || ![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
                  const s = getComputedStyle(el);
                  if (parseFloat(s.opacity) < 1) continue;
                  const [a, b] = [lum(rgb(s.color)), lum(background(el))];
                  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
                  const large = parseFloat(s.fontSize) >= 24 || (parseFloat(s.fontSize) >= 18.5 && s.fontWeight >= 700);
                  if (ratio < (large ? 3 : 4.5)) bad.push(el.tagName + ' ' + el.textContent.trim().slice(0, 30) + ' ' + ratio.toFixed(2));
                }
                return bad;""");
        assertThat(lowContrast).isEmpty();
    }

    @Test
    void theEmptyStateTeachesWhatToDoAndFitsATablet() {
        page.browser.manage().window().setSize(new Dimension(768, 1024));
        try {
            page.open(DEEPSEEK);
            page.browser.findElement(By.cssSelector("#toolbar [data-action=clear]")).click();
            WebElement empty = page.browser.findElement(By.id("empty-state"));
            page.wait.until(d -> empty.isDisplayed());
            assertThat(empty.getText()).contains("Search for an entity", "Double-click");
            assertThat(page.js("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
            Browser.screenshot(page.browser, "41-empty-state-tablet");
            empty.findElement(By.cssSelector("button[data-action=start]")).click();
            page.waitFor("return explorer.cy.nodes().length > 3");
            page.wait.until(d -> !empty.isDisplayed());
            page.settle();
            Browser.screenshot(page.browser, "42-tablet");
        } finally {
            page.browser.manage().window().setSize(new Dimension(1400, 900));
        }
    }

    @Test
    void onATabletTheLegendCoversNeitherTheStatusLineNorTheToolbar() {
        page.browser.manage().window().setSize(new Dimension(768, 1024));
        try {
            page.open(DEEPSEEK);
            String overlap = """
                    const r = id => document.getElementById(id).getBoundingClientRect();
                    const covers = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
                    const legend = r('legend');
                    return covers(legend, r('status'))
                      || [...document.querySelectorAll('#toolbar > *')].some(c => covers(legend, c.getBoundingClientRect()));""";
            page.js("explorer.store.message('A status line long enough to take two lines on a tablet: "
                    + "DeepSeek, Alibaba Cloud, the State Council and Indonesia with some of their neighbours.')");
            page.wait.until(d -> d.findElement(By.id("status")).isDisplayed());
            assertThat(page.js(overlap)).as("with the legend folded (its default on a tablet)").isEqualTo(false);
            page.browser.findElement(By.id("legend-toggle")).click();
            page.wait.until(d -> d.findElement(By.id("legend-content")).isDisplayed());
            assertThat(page.js(overlap)).as("with the legend open").isEqualTo(false);
            Browser.screenshot(page.browser, "43-tablet-legend-and-status");
        } finally {
            page.browser.manage().window().setSize(new Dimension(1400, 900));
        }
    }

    @Test
    void aSlowAnswerShowsTheLoadingIndicator() {
        page.open("/?n=lab:deepseek");
        page.js("""
                const real = window.fetch;
                window.fetch = (...args) => new Promise(r => setTimeout(r, 900)).then(() => real(...args));""");
        page.js("explorer.store.requestExpand('lab:deepseek')");
        page.wait.until(d -> d.findElement(By.id("loading")).isDisplayed());
        assertThat(page.browser.findElement(By.id("graph")).getAttribute("aria-busy")).isEqualTo("true");
        assertThat(page.js("""
                const bar = document.querySelector('#loading .loading-bar');
                bar.getAnimations()[0].currentTime = 1050; // the bar at the right edge of its slide
                return document.documentElement.scrollWidth <= window.innerWidth;"""))
                .as("the sliding bar makes no horizontal scrollbar").isEqualTo(true);
        assertThat(page.browser.findElement(By.id("loading-text")).isDisplayed()).isTrue();
        assertThat(page.js("""
                const words = document.getElementById('loading-text').getBoundingClientRect();
                return [...document.querySelectorAll('button, select, input, [role=tab]')]
                  .filter(c => c.offsetParent !== null)
                  .filter(c => { const r = c.getBoundingClientRect();
                    return r.left < words.right && words.left < r.right && r.top < words.bottom && words.top < r.bottom; })
                  .map(c => c.textContent.trim() || c.id);"""))
                .as("controls the words \"Loading…\" cover").asList().isEmpty();
        page.waitFor("return explorer.cy.getElementById('model:r1').length === 1");
        page.wait.until(d -> !d.findElement(By.id("loading")).isDisplayed());
    }
}
