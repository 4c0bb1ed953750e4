package dev.aigeo.explorer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** Hubs show "N more" instead of everything, the drawing cap says so, and big graphs switch the renderer. */
class BigGraphIT {

    @RegisterExtension
    static final ExplorerPage page = ExplorerPage.of("fixture");

    @Test
    void aCappedExpansionOffersTheNextStepAsShowMore() {
        page.open("/?n=org:hub&x=5~PARTNERS_WITH~org:hub");
        assertThat(page.count("return explorer.cy.nodes().length")).isEqualTo(6);
        assertThat(page.js("return explorer.cy.getElementById('org:hub').hasClass('more')")).isEqualTo(true);
        page.js("explorer.store.requestExpand('org:hub', {more: true, types: 'PARTNERS_WITH'})");
        page.waitFor("return explorer.cy.nodes().length === 13");
        assertThat(page.browser.findElement(By.id("status")).getText()).contains("all 12 PARTNERS_WITH connections");
        assertThat(page.waitForQuery("x=55~PARTNERS_WITH~org:hub")).doesNotContain("x=5~");
    }

    @Test
    void theDrawingCapStopsAddingAndSaysWhy() {
        page.open("/?n=org:hub");
        page.js("explorer.graph.limits = {nodes: 8, edges: 100}");
        page.js("explorer.store.requestExpand('org:hub')");
        page.waitFor("return document.getElementById('graph').dataset.capped === 'true'");
        assertThat(page.count("return explorer.cy.nodes().length")).isEqualTo(8);
        assertThat(page.browser.findElement(By.id("status")).getText()).contains("Drawing limit reached", "8 nodes");
    }

    @Test
    void aLargeGraphSwitchesToTheFastRendererSettings() {
        page.open("/?n=org:hub");
        assertThat(page.browser.findElement(By.id("graph")).getAttribute("data-performance")).isEqualTo("normal");
        page.js("""
                const nodes = [], edges = [];
                for (let i = 0; i < 400; i++) nodes.push({data: {id: 'syn:' + i, label: 'Organization', name: 'Synthetic ' + i}});
                for (let i = 0; i < 800; i++) edges.push({data: {id: 'syn-e' + i, source: 'syn:' + (i % 400),
                  target: 'syn:' + ((i * 7 + 1) % 400), type: 'PARTNERS_WITH', sources: ['src:news'], confidence: 'high'}});
                explorer.graph.addPayload({nodes, edges});""");
        assertThat(page.browser.findElement(By.id("graph")).getAttribute("data-performance")).isEqualTo("large");
        assertThat(page.js("return explorer.cy.renderer().textureOnViewport")).isEqualTo(true);
        assertThat(page.js("return explorer.cy.edges()[0].style('curve-style')")).isEqualTo("haystack");
        page.js("explorer.graph.clear()");
        assertThat(page.browser.findElement(By.id("graph")).getAttribute("data-performance")).isEqualTo("normal");
        assertThat(page.js("return explorer.cy.renderer().textureOnViewport")).isEqualTo(false);
    }
}
