package dev.aigeo.explorer.browser;

/**
 * Page script shared by the browser benchmarks: {@code syntheticGraph(n, m, confidence)} builds a connected graph
 * of {@code n} nodes (six labels) and {@code m} edges (a random tree, then random links; a third "medium" unless
 * {@code confidence} is given), the same for a seed every time; {@code frame()} waits for the next drawn frame
 * and {@code drawn(g)} until the frame after the renderer's next redraw (Cytoscape's WebGL mode emits no 'render'
 * event, so its redraws are counted; read after adding, as adding may make a new core).
 */
final class SyntheticGraphScript {

    static final String FUNCTIONS = """
            const syntheticGraph = (n, m, confidence) => {
              const labels = ['Lab', 'Model', 'Country', 'CloudRegion', 'Policy', 'Organization'];
              const nodes = [], edges = [];
              for (let i = 0; i < n; i++) nodes.push({data: {id: 'b:' + i, label: labels[i % 6], name: 'Node ' + i}});
              let seed = 7;
              const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
              for (let j = 0; j < m; j++) {
                const s = j < n - 1 ? j + 1 : Math.floor(rand() * n);
                const t = j < n - 1 ? Math.floor(rand() * (j + 1)) : Math.floor(rand() * n);
                edges.push({data: {id: 'be:' + j, source: 'b:' + s, target: 'b:' + t, type: 'PARTNERS_WITH',
                  sources: ['src:bench'], confidence: confidence || (j % 3 ? 'high' : 'medium')}});
              }
              return {nodes, edges};
            };
            const raf = () => new Promise(r => requestAnimationFrame(r));
            const frame = () => raf().then(raf);
            const drawn = async (g) => {
              const r = g.cy.renderer(), count = r.redrawCount || 0;
              while ((r.redrawCount || 0) === count) await raf();
              await frame();
            };
            """;

    private SyntheticGraphScript() {
    }
}
