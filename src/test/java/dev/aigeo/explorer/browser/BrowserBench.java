package dev.aigeo.explorer.browser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Browser benchmark (prints figures; not a test). In the real page in headless Chromium (software rendering,
 * --disable-gpu; WebGL through SwiftShader): synthetic graphs of 1,000 nodes / 5,000 edges and 5,000 / 20,000 are
 * injected through {@code window.explorer} (past the drawing cap, which the page lifts for this), each with the
 * canvas renderer and with Cytoscape's WebGL renderer, then: time to first draw (until the frame after
 * Cytoscape's first redraw), force-directed layout time (the page's own layout call, fit and the next redraw included;
 * past 300 nodes pivot MDS, layouts.js), the same graph added again and laid out in the same task, before anything
 * is drawn (until the frame after the first redraw; three times), frames per second while panning — programmatic pans (each frame a full
 * redraw) and pans as a background drag does them (the canvas renderer's texture; WebGL redraws) — and, on a
 * dataset with a hub of 150 neighbours, the time from an expand request to +100 neighbours drawn.
 *
 * <pre>mvn -B -o test-compile exec:java -Dexec.mainClass=dev.aigeo.explorer.browser.BrowserBench \
 *     -Dexec.classpathScope=test</pre>
 */
public final class BrowserBench {

    private static final int HUB_NEIGHBOURS = 150;
    private static final int RUNS = 3;

    private static final String SYNTHETIC = SyntheticGraphScript.FUNCTIONS + """
            const [n, m, webgl] = [arguments[0], arguments[1], arguments[2]];
            const done = arguments[arguments.length - 1];
            const g = explorer.graph;
            g.webgl = webgl;
            g.clear();
            g.limits = {nodes: Infinity, edges: Infinity};
            const {nodes, edges} = syntheticGraph(n, m);
            (async () => {
              await frame();
              const t0 = performance.now();
              g.addPayload({nodes, edges});
              await drawn(g);
              const firstDraw = performance.now() - t0;
              const t1 = performance.now();
              await g.layout('fcose', {animate: false});
              await drawn(g);
              const layout = performance.now() - t1;
              const pan = async () => {
                let frames = 0;
                const t2 = performance.now();
                while (performance.now() - t2 < 2000) {
                  g.cy.panBy({x: 4, y: 2});
                  await raf();
                  frames++;
                }
                return frames * 1000 / (performance.now() - t2);
              };
              // adding and laying out in one task (as a console result is staged): one style pass, one first draw;
              // three times, as the first big graph of a page also pays for compiling the code that draws it
              const laidOutDraws = [];
              for (let run = 0; run < 3; run++) {
                g.clear();
                await frame();
                const t3 = performance.now();
                g.addPayload({nodes, edges});
                await g.layout('fcose', {animate: false});
                await drawn(g);
                laidOutDraws.push(performance.now() - t3);
              }
              const fps = await pan();
              // what a drag on the background sets: the renderer then pans a texture (textureOnViewport)
              g.cy.renderer().swipePanning = true;
              const dragFps = await pan();
              g.cy.renderer().swipePanning = false;
              done({firstDraw, layout, laidOutDraws, fps, dragFps, level: g.container.dataset.performance,
                renderer: g.container.dataset.renderer, drawnNodes: g.cy.nodes().length, drawnEdges: g.cy.edges().length});
            })().catch(e => done({error: String(e)}));""";

    private static final String EXPAND = """
            const done = arguments[arguments.length - 1];
            const g = explorer.graph;
            g.webgl = 'auto';
            g.clear();
            g.addPayload({nodes: [{data: {id: 'org:bench-hub', label: 'Organization', name: 'Bench hub'}}], edges: []});
            const frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
            (async () => {
              await frame();
              const t0 = performance.now();
              const drawn = new Promise(r => { g.cy.one('render', () => frame().then(r)); });
              const expansion = await g.expand('org:bench-hub', {limit: 100, quiet: true});
              await drawn;
              done({ms: performance.now() - t0, added: expansion.added});
            })().catch(e => done({error: String(e)}));""";

    private static final String SUPPORT = """
            const done = arguments[arguments.length - 1];
            import('/js/renderer.js').then(m => done({...m.webglSupport(),
              auto: m.wantsWebgl('auto', 'huge') ? 'webgl' : 'canvas'}));""";

    private BrowserBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dataset = HubDataset.write("bench", "org:bench-hub", "Bench hub", HUB_NEIGHBOURS);
        try (ExplorerPage page = ExplorerPage.of(dataset, "bench").start()) {
            page.browser.manage().timeouts().scriptTimeout(java.time.Duration.ofMinutes(5));
            page.open("/?n=org:bench-hub");
            List<String> rows = new ArrayList<>();
            for (int[] size : new int[][] {{1000, 5000}, {5000, 20000}}) {
                for (String webgl : new String[] {"off", "on"}) {
                    Map<?, ?> r = (Map<?, ?>) page.browser.executeAsyncScript(SYNTHETIC, size[0], size[1], webgl);
                    rows.add(r.containsKey("error") ? String.format("| %,d / %,d | error: %s |", size[0], size[1], r.get("error"))
                            : String.format("| %,d / %,d | %s, %s | %.0f ms | %.0f ms | %s ms | %.1f | %.1f |", size[0],
                                    size[1], r.get("renderer"), r.get("level"), num(r, "firstDraw"), num(r, "layout"),
                                    ((List<?>) r.get("laidOutDraws")).stream().map(ms -> String.format("%.0f", ((Number) ms).doubleValue()))
                                            .collect(Collectors.joining(", ")),
                                    num(r, "fps"), num(r, "dragFps")));
                }
            }
            Map<?, ?> support = (Map<?, ?>) page.browser.executeAsyncScript(SUPPORT);
            List<Double> expands = new ArrayList<>();
            long added = 0;
            for (int i = 0; i < RUNS + 1; i++) {
                Map<?, ?> r = (Map<?, ?>) page.browser.executeAsyncScript(EXPAND);
                if (r.containsKey("error")) {
                    throw new IllegalStateException(String.valueOf(r.get("error")));
                }
                added = Math.round(num(r, "added"));
                if (i > 0) {
                    expands.add(num(r, "ms")); // the first run warms up the server's query plan
                }
            }
            System.out.println();
            System.out.println("Browser benchmark (headless Chromium, software rendering)");
            System.out.printf("WebGL2: %s (%s); the page's automatic choice for big graphs here: %s%n",
                    support.get("available"), support.get("name"), support.get("auto"));
            System.out.println("| nodes / edges | renderer, size level | first draw | force-directed layout + fit "
                    + "| add + layout + first draw, one task, three times | fps, pan (redraw) | fps, drag (texture) |");
            System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
            rows.forEach(System.out::println);
            System.out.printf("%nExpand a hub: +%d neighbours drawn in %s ms (runs after a warm-up; median %.0f ms)%n", added,
                    expands.stream().map(ms -> String.format("%.0f", ms)).collect(Collectors.joining(", ")),
                    expands.stream().sorted().toList().get(expands.size() / 2));
        }
        System.exit(0); // the embedded Neo4j's shutdown hook closes the store
    }

    private static double num(Map<?, ?> r, String key) {
        return ((Number) r.get(key)).doubleValue();
    }
}
