package dev.aigeo.explorer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Hubs show "N more" instead of everything, the drawing cap says so, big graphs switch the renderer's settings,
 * and the WebGL renderer draws, picks, highlights and exports like the canvas one.
 */
class BigGraphIT {

    private static final String SYNTHETIC = """
            const nodes = [], edges = [];
            for (let i = 0; i < 400; i++) nodes.push({data: {id: 'syn:' + i, label: 'Organization', name: 'Synthetic ' + i}});
            for (let i = 0; i < 800; i++) edges.push({data: {id: 'syn-e' + i, source: 'syn:' + (i % 400),
              target: 'syn:' + ((i * 7 + 1) % 400), type: 'PARTNERS_WITH', sources: ['src:news'], confidence: 'high'}});
            explorer.graph.addPayload({nodes, edges});""";

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
        assertThat(page.js("return explorer.cy.getElementById('org:hub').style('border-width')")).isEqualTo("1.5px");
        page.js(SYNTHETIC);
        assertThat(page.browser.findElement(By.id("graph")).getAttribute("data-performance")).isEqualTo("large");
        assertThat(page.js("return explorer.cy.renderer().textureOnViewport")).isEqualTo(true);
        assertThat(page.js("return explorer.cy.edges()[0].style('curve-style')")).isEqualTo("haystack");
        assertThat(page.js("return explorer.cy.edges()[0].style('target-arrow-shape')")).isEqualTo("none");
        assertThat(page.js("return explorer.cy.getElementById('syn:1').style('border-width')")).isEqualTo("0px");
        // what classes add still shows in the lighter style: a selected relationship's type, a capped hub's ring
        page.js("explorer.store.select('edge', 'syn-e3'); explorer.cy.getElementById('org:hub').addClass('more')");
        assertThat(page.js("return explorer.cy.getElementById('syn-e3').style('label')")).isEqualTo("PARTNERS_WITH");
        assertThat(page.js("return explorer.cy.getElementById('syn-e3').style('font-size')")).isEqualTo("9px");
        assertThat(page.js("return explorer.cy.getElementById('org:hub').style('border-style')")).isEqualTo("dashed");
        assertThat(page.js("return explorer.cy.getElementById('org:hub').style('border-width')")).isEqualTo("2px");
        page.js("explorer.store.clearSelection(); explorer.graph.clear()");
        assertThat(page.browser.findElement(By.id("graph")).getAttribute("data-performance")).isEqualTo("normal");
        assertThat(page.js("return explorer.cy.renderer().textureOnViewport")).isEqualTo(false);
    }

    /** 400 nodes in one piece: a tree (each node linked to node ⌊(i − 1) / 3⌋) with 100 links across it. */
    private static final String TREE = """
            const nodes = [], edges = [];
            for (let i = 0; i < 400; i++) nodes.push({data: {id: 'syn:' + i, label: 'Organization', name: 'Synthetic ' + i}});
            for (let i = 1; i < 400; i++) edges.push({data: {id: 'syn-e' + i, source: 'syn:' + i,
              target: 'syn:' + Math.floor((i - 1) / 3), type: 'PARTNERS_WITH', sources: ['src:news'], confidence: 'high'}});
            for (let i = 0; i < 100; i++) edges.push({data: {id: 'syn-x' + i, source: 'syn:' + (i * 4),
              target: 'syn:' + ((i * 4 + 9) % 400), type: 'PARTNERS_WITH', sources: ['src:news'], confidence: 'high'}});
            explorer.graph.addPayload({nodes, edges});""";

    private static final String RING = """
            const nodes = [], edges = [];
            for (let i = 0; i < 30; i++) nodes.push({data: {id: 'ring:' + i, label: 'Lab', name: 'Ring ' + i}});
            for (let i = 0; i < 30; i++) edges.push({data: {id: 'ring-e' + i, source: 'ring:' + i,
              target: 'ring:' + ((i + 1) % 30), type: 'PARTNERS_WITH', sources: ['src:news'], confidence: 'high'}});
            explorer.graph.addPayload({nodes, edges});""";

    /** Mean length of the drawn edges over the mean distance between nodes paired at random (i and 37i + 11). */
    private static final String EDGE_TO_PAIR_RATIO = """
            const dist = (a, b) => Math.hypot(a.position('x') - b.position('x'), a.position('y') - b.position('y'));
            const edges = explorer.cy.edges().map(e => dist(e.source(), e.target()));
            const nodes = explorer.cy.nodes('[id ^= "syn:"]');
            const pairs = nodes.map((n, i) => dist(n, nodes[(i * 37 + 11) % nodes.length]));
            const mean = xs => xs.reduce((a, b) => a + b, 0) / xs.length;
            return mean(edges) / mean(pairs);""";

    @Test
    void theForceLayoutOfABigGraphDrawsLinkedNodesCloseAndComponentsApart() {
        page.open("/?n=org:hub");
        page.js(TREE);
        page.js(RING);
        page.js("explorer.graph.layout('fcose', {animate: false})");
        page.settle();
        Browser.screenshot(page.browser, "big-graph-force-layout");
        assertThat(page.browser.findElement(By.id("graph")).getAttribute("data-layout")).isEqualTo("fcose");
        assertThat(page.count("""
                return new Set(explorer.cy.nodes().map(n => Math.round(n.position('x')) + ',' + Math.round(n.position('y')))).size"""))
                .as("no two nodes on one spot").isEqualTo(431);
        assertThat((Number) page.js(EDGE_TO_PAIR_RATIO)).as("linked nodes are nearer than nodes picked at random")
                .satisfies(ratio -> assertThat(ratio.doubleValue()).isLessThan(0.5));
        assertThat(page.js("""
                const a = explorer.cy.nodes('[id ^= "syn:"]').boundingBox(), b = explorer.cy.nodes('[id ^= "ring:"]').boundingBox();
                return a.x2 < b.x1 || b.x2 < a.x1 || a.y2 < b.y1 || b.y2 < a.y1;""")).as("components side by side").isEqualTo(true);
    }

    /** 400 nodes with 2,000 links between nodes picked by a fixed pseudo-random sequence: all within a few hops. */
    private static final String DENSE = """
            const nodes = [], edges = [];
            let seed = 7;
            const next = () => (seed = (seed * 16807) % 2147483647) % 400;
            for (let i = 0; i < 400; i++) nodes.push({data: {id: 'syn:' + i, label: 'Organization', name: 'Synthetic ' + i}});
            for (let i = 0; i < 2000; i++) edges.push({data: {id: 'dense-e' + i, source: 'syn:' + next(),
              target: 'syn:' + next(), type: 'PARTNERS_WITH', sources: ['src:news'], confidence: 'high'}});
            explorer.graph.addPayload({nodes, edges});""";

    @Test
    void theForceLayoutGivesTheNodesOfADenseGraphRoomAndFramesItTooSmallForLabels() {
        page.open("/?n=org:hub");
        page.js("explorer.graph.clear()");
        page.js(DENSE);
        page.js("explorer.graph.layout('fcose', {animate: false})");
        page.settle();
        assertThat((Number) page.js("""
                const ps = explorer.cy.nodes().map(n => n.position());
                const nearest = ps.map((p, i) => Math.min(...ps.filter((_, j) => j !== i).map(q => Math.hypot(p.x - q.x, p.y - q.y))));
                return nearest.sort((a, b) => a - b)[Math.floor(nearest.length / 2)];"""))
                .as("median distance from a node to its nearest: over half a node's width (5 px when edges alone set the scale)")
                .satisfies(d -> assertThat(d.doubleValue()).isGreaterThan(13));
        assertThat((Number) page.js("""
                const box = explorer.cy.nodes().boundingBox({includeLabels: false});
                return Math.sqrt(box.w * box.h / explorer.cy.nodes().length);""")).as("a square of about 50 px per node")
                .satisfies(side -> assertThat(side.doubleValue()).isGreaterThan(45));
        assertThat((Number) page.js(EDGE_TO_PAIR_RATIO)).as("linked nodes are still nearer than nodes picked at random")
                .satisfies(ratio -> assertThat(ratio.doubleValue()).isLessThan(0.85));
        assertThat((Number) page.js("return explorer.cy.zoom() * 12")).as("framed whole, its labels are smaller on "
                + "screen than the 12 px from which a large graph draws them").satisfies(px -> assertThat(px.doubleValue()).isLessThan(12));
        Browser.screenshot(page.browser, "dense-graph-laid-out");
    }

    @Test
    void aPinnedNodeStaysPutWhenABigGraphIsLaidOut() {
        page.open("/?n=org:hub");
        page.js(TREE);
        page.js("explorer.cy.getElementById('syn:5').position({x: 1234, y: -567}); explorer.graph.setPinned(['syn:5'], true)");
        page.js("explorer.graph.layout('fcose', {animate: false})");
        page.settle();
        assertThat(page.js("const p = explorer.cy.getElementById('syn:5').position(); return [p.x, p.y]"))
                .isEqualTo(java.util.List.of(1234L, -567L));
        assertThat((Number) page.js(EDGE_TO_PAIR_RATIO)).satisfies(ratio -> assertThat(ratio.doubleValue()).isLessThan(0.5));
        assertThat((Number) page.js("""
                const pin = explorer.cy.getElementById('syn:5').position(), near = explorer.cy.getElementById('syn:1').position();
                return Math.hypot(pin.x - near.x, pin.y - near.y);""")).as("the rest is laid out around the pin")
                .satisfies(d -> assertThat(d.doubleValue()).isLessThan(400));
    }

    private static final String LEGEND_MEDIUM = "return getComputedStyle(document.querySelector('.line-medium')).borderTopStyle";

    @Test
    void inALargeGraphLessConfidentRelationshipsAreLighterRatherThanDashed() {
        page.open("/?n=org:hub");
        String medium = """
                explorer.graph.addPayload({nodes: [{data: {id: 'org:m1', label: 'Organization', name: 'M1'}}],
                  edges: [{data: {id: 'm-e1', source: 'org:hub', target: 'org:m1', type: 'PARTNERS_WITH',
                    sources: ['src:news'], confidence: 'medium'}}]});""";
        page.js(medium);
        assertThat(page.js("return explorer.cy.getElementById('m-e1').style('line-style')")).isEqualTo("dashed");
        assertThat(page.js(LEGEND_MEDIUM)).as("the legend says so").isEqualTo("dashed");
        assertThat(page.js("return explorer.cy.getElementById('m-e1').style('opacity')")).isEqualTo("0.75");
        String plain = (String) page.js("return explorer.cy.getElementById('m-e1').style('line-color')");
        page.js(SYNTHETIC);
        assertThat(page.browser.findElement(By.id("graph")).getAttribute("data-performance")).isEqualTo("large");
        assertThat(page.js("return explorer.cy.getElementById('m-e1').style('line-style')")).isEqualTo("solid");
        assertThat(page.js(LEGEND_MEDIUM)).isEqualTo("solid");
        assertThat(page.js("return explorer.cy.getElementById('m-e1').style('opacity')")).isEqualTo("1");
        assertThat(page.js("return explorer.cy.getElementById('m-e1').style('line-color')")).isNotEqualTo(plain);
        assertThat(page.js("return explorer.cy.getElementById('syn-e1').style('line-color')")).isEqualTo(plain);
    }

    @Test
    void theWebglRendererTakesOverABigGraphAndKeepsItsFeatures() {
        page.open("/?n=org:hub");
        assertThat(page.browser.findElement(By.id("graph")).getAttribute("data-renderer")).isEqualTo("canvas");
        page.js("explorer.graph.webgl = 'on'"); // 'auto' keeps the canvas renderer in software WebGL, as here
        page.js(SYNTHETIC);
        assertThat(page.browser.findElement(By.id("graph")).getAttribute("data-renderer")).isEqualTo("webgl");
        assertThat(page.count("return document.querySelectorAll('#graph canvas[data-id=layer3-webgl]').length")).isEqualTo(1);
        assertThat(page.count("return explorer.cy.nodes().length")).isEqualTo(401); // the hub came along to the new core
        page.js("explorer.graph.layout('concentric', {animate: false})");
        page.settle();
        Browser.screenshot(page.browser, "webgl-big-graph");
        page.clickNode("syn:7"); // WebGL picking finds what is under the pointer
        page.waitFor("return explorer.store.selection && explorer.store.selection.id === 'syn:7'");
        assertThat(page.js("return explorer.cy.getElementById('syn:7').selected()")).isEqualTo(true);
        assertThat(page.count("return explorer.cy.$('node.faded').length")).isGreaterThan(300);
        assertThat(page.count("return explorer.graph.png().size")).isGreaterThan(10_000);
        Browser.screenshot(page.browser, "webgl-selected-node");
        page.js("explorer.graph.webgl = 'auto'; explorer.graph.clear()"); // small again: back to the canvas renderer
        assertThat(page.browser.findElement(By.id("graph")).getAttribute("data-renderer")).isEqualTo("canvas");
        assertThat(page.count("return document.querySelectorAll('#graph canvas').length")).isEqualTo(3);
    }

    @Test
    void theAutomaticChoiceKeepsTheCanvasRendererInSoftwareWebgl() {
        page.open("/?n=org:hub");
        Object gpu = page.js("""
                const gl = document.createElement('canvas').getContext('webgl2');
                return gl.getParameter(gl.getExtension('WEBGL_debug_renderer_info').UNMASKED_RENDERER_WEBGL);""");
        assertThat(gpu).as("these machines have no GPU: Chromium's WebGL runs on SwiftShader").asString().contains("SwiftShader");
        page.js(SYNTHETIC);
        assertThat(page.browser.findElement(By.id("graph")).getAttribute("data-performance")).isEqualTo("large");
        assertThat(page.browser.findElement(By.id("graph")).getAttribute("data-renderer")).isEqualTo("canvas");
    }

    @Test
    void whenNoWebglContextCanBeMadeTheCanvasRendererDraws() {
        page.open("/?n=org:hub");
        assertThat(page.browser.executeAsyncScript("""
                const done = arguments[0];
                import('/js/renderer.js').then(m => done(m.webglSupport().available));""")).isEqualTo(true);
        page.js("""
                const real = HTMLCanvasElement.prototype.getContext; // WebGL works, but no context can be made now
                HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
                  return type === 'webgl2' ? null : real.call(this, type, ...rest);
                };
                explorer.graph.webgl = 'on';""");
        page.js(SYNTHETIC);
        assertThat(page.browser.findElement(By.id("graph")).getAttribute("data-renderer")).isEqualTo("canvas");
        assertThat(page.count("return explorer.cy.nodes().length")).isEqualTo(401);
        page.waitFor("return explorer.cy.renderer().redrawCount > 0");
        page.js("explorer.graph.clear()");
        page.js(SYNTHETIC); // a canvas core again, after a WebGL one was tried
        assertThat(page.count("return document.querySelectorAll('#graph canvas').length")).isEqualTo(3);
    }
}
