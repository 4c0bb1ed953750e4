package dev.aigeo.explorer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigeo.explorer.support.TestNeo4j;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * Layout switches (force, concentric, tree, dagre, geographic), pins, incremental expansion, saved layouts, and a
 * console result laid out before it is first drawn.
 */
class LayoutsIT {

    private static final String ACME = "/?n=cloud:acme&x=25~~cloud:acme";
    @RegisterExtension
    static final ExplorerPage page = ExplorerPage.of("geo");

    @BeforeEach
    void openAcmeAndItsNeighbours() {
        page.open(ACME);
        page.js("localStorage.clear()");
    }

    private void chooseLayout(String name) {
        new Select(page.browser.findElement(By.id("layout-select"))).selectByValue(name);
        page.wait.until(d -> name.equals(page.browser.findElement(By.id("graph")).getAttribute("data-layout")));
        page.settle();
    }

    @Test
    void aConsoleResultIsLaidOutBeforeItIsFirstDrawn() {
        page.open("/?n=cloud:acme&p=0,0,cloud:acme"); // every position given: no layout has run, fcose is not loaded
        assertThat(page.js("return typeof window.cytoscapeFcose")).isEqualTo("undefined");
        Object positions = page.browser.executeAsyncScript("""
                const done = arguments[0];
                const nodes = [], edges = [];
                for (let i = 0; i < 8; i++) nodes.push({data: {id: 'r:' + i, label: 'Organization', name: 'Result ' + i}});
                for (let i = 1; i < 8; i++) edges.push({data: {id: 'r-e' + i, source: 'r:0', target: 'r:' + i,
                  type: 'PARTNERS_WITH', confidence: 'high'}});
                let first = null;
                explorer.cy.on('render', () => {
                  const node = explorer.cy.getElementById('r:5');
                  if (!first && node.nonempty()) first = {...node.position()};
                });
                explorer.graph.showResult({nodes, edges}).then(async () => {
                  while (!first) await new Promise(r => requestAnimationFrame(r));
                  done([first, {...explorer.cy.getElementById('r:5').position()}]);
                });""");
        assertThat((List<?>) positions).as("where a node of the result is first drawn, and where it ends up")
                .hasSize(2).satisfies(both -> assertThat(both.get(0)).isEqualTo(both.get(1)));
    }

    @Test
    void geographicLayoutPutsRegionsWhereTheyAreOnTheMap() {
        chooseLayout("geo");
        Map<String, Number> jakarta = page.position("region:jakarta");
        Map<String, Number> manila = page.position("region:manila");
        Map<String, Number> riyadh = page.position("region:riyadh");
        assertThat(jakarta.get("x").doubleValue()).as("Jakarta west of Manila").isLessThan(manila.get("x").doubleValue());
        assertThat(jakarta.get("y").doubleValue()).as("Jakarta south of Manila").isGreaterThan(manila.get("y").doubleValue());
        assertThat(riyadh.get("x").doubleValue()).as("Riyadh west of Jakarta").isLessThan(jakarta.get("x").doubleValue());
        assertThat(riyadh.get("y").doubleValue()).as("Riyadh north of Jakarta").isLessThan(jakarta.get("y").doubleValue());
        // China has no lat/lon in the data: it goes to the centre of its ISO code, north of Manila
        assertThat(page.position("country:cn").get("y").doubleValue()).isLessThan(manila.get("y").doubleValue());
        page.waitForQuery("layout=geo");
        Browser.screenshot(page.browser, "20-layout-geographic");
    }

    @Test
    void everyLayoutMovesTheNodesAndDagreAndFcoseComeFromWebJars() {
        chooseLayout("concentric");
        Map<String, Number> concentric = page.position("model:orbit-1");
        chooseLayout("tree");
        assertThat(page.position("model:orbit-1")).isNotEqualTo(concentric);
        chooseLayout("dagre");
        Map<String, Number> dagre = page.position("model:orbit-1");
        // dagre ranks follow the edge direction: Acme -HOSTS-> Orbit-1, so the model sits below its host
        assertThat(dagre.get("y").doubleValue()).isGreaterThan(page.position("cloud:acme").get("y").doubleValue());
        chooseLayout("fcose");
        assertThat(page.js("return typeof window.cytoscapeFcose")).isEqualTo("function");
        assertThat(page.position("model:orbit-1")).isNotEqualTo(dagre);
        Browser.screenshot(page.browser, "21-layout-fcose");
    }

    @Test
    void aPinnedNodeStaysPutThroughLayoutsAndExpansionMovesNoExistingNode() {
        page.clickNode("region:riyadh");
        page.wait.until(d -> "Cloud Riyadh".equals(d.findElement(By.id("details-title")).getText()));
        page.browser.findElement(By.id("graph")).sendKeys("p");
        page.waitFor("return explorer.cy.getElementById('region:riyadh').locked()");
        assertThat(page.browser.findElement(By.id("pin-button")).getText()).isEqualTo("Unpin");
        Map<String, Number> pinned = page.position("region:riyadh");
        chooseLayout("concentric");
        chooseLayout("geo");
        assertThat(page.position("region:riyadh")).isEqualTo(pinned);
        assertThat(page.waitForQuery("pin=")).contains("region:riyadh");

        @SuppressWarnings("unchecked")
        List<Object> before = (List<Object>) page.js("return explorer.cy.nodes().map(n => [n.id(), n.position()])");
        page.js("explorer.store.requestExpand('region:jakarta')");
        page.waitFor("return explorer.cy.getElementById('country:id').length === 1");
        page.settle();
        assertThat(page.js("return explorer.cy.nodes().filter(n => n.id() !== 'country:id').map(n => [n.id(), n.position()])"))
                .isEqualTo(before);
    }

    @Test
    void aSavedLayoutReopensWithItsPositionsAndTodaysData() {
        page.js("explorer.cy.getElementById('model:orbit-1').position({x: 900, y: -700}); explorer.store.positionsChanged('drag')");
        page.browser.findElement(By.id("tab-layouts")).click();
        page.browser.findElement(By.id("layout-name")).sendKeys("Orbit story", Keys.ENTER);
        page.wait.until(d -> !d.findElements(By.cssSelector("#saved-layouts li[data-name='Orbit story']")).isEmpty());

        TestNeo4j.graph().write(Duration.ofSeconds(10), tx -> tx.run("""
                MATCH (acme:Entity {id: 'cloud:acme'})
                CREATE (r:Entity:CloudRegion {id: 'region:bangkok', name: 'Cloud Bangkok', lat: 13.7, lon: 100.5})
                CREATE (acme)-[:OPERATES {sources: ['src:atlas'], confidence: 'high'}]->(r)""").consume());
        try {
            page.browser.findElement(By.cssSelector("[data-action=clear]")).click();
            page.waitFor("return explorer.cy.nodes().length === 0");
            page.browser.findElement(By.cssSelector("#saved-layouts button[data-action=open][data-name='Orbit story']")).click();
            page.waitFor("return explorer.cy.getElementById('region:bangkok').length === 1");
            page.settle();
            Map<String, Number> orbit = page.position("model:orbit-1");
            assertThat(orbit.get("x").intValue()).isEqualTo(900);
            assertThat(orbit.get("y").intValue()).isEqualTo(-700);
            Map<String, Number> acme = page.position("cloud:acme");
            Map<String, Number> bangkok = page.position("region:bangkok");
            assertThat(Math.hypot(bangkok.get("x").doubleValue() - acme.get("x").doubleValue(),
                    bangkok.get("y").doubleValue() - acme.get("y").doubleValue())).as("new node beside its neighbour")
                    .isLessThan(400);
            Browser.screenshot(page.browser, "22-saved-layout");
        } finally {
            TestNeo4j.graph().write(Duration.ofSeconds(10),
                    tx -> tx.run("MATCH (r:Entity {id: 'region:bangkok'}) DETACH DELETE r").consume());
        }
    }
}
