// Keyboard on the graph (#graph has focus): Enter or Space expands the selected node, arrow keys walk through
// the neighbours of the node last chosen (or through all nodes when there is none), P pins or unpins the
// selected node, Escape clears the selection. Part of the graph controller.

const ARROWS = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'];

/** Moves the selection to the next (or previous) node around the anchor, in name order. */
function step(graph, direction) {
  const { cy, store } = graph;
  const anchor = graph.anchor && cy.getElementById(graph.anchor);
  let ring = anchor && anchor.nonempty() ? anchor.neighborhood('node').filter(':visible') : cy.nodes(':visible');
  if (ring.empty()) ring = cy.nodes(':visible');
  if (ring.empty()) return;
  const list = ring.sort((a, b) => String(a.data('name')).localeCompare(String(b.data('name'))));
  const current = store.selection && store.selection.kind === 'node' ? store.selection.id : null;
  const index = list.toArray().findIndex((n) => n.id() === current);
  const at = (index + direction + list.length) % list.length;
  const next = list[at] || list[0];
  if (!graph.anchor) graph.anchor = next.id();
  store.select('node', next.id());
  store.message(`${next.data('name')} (${next.data('label')}), ${index < 0 ? 1 : at + 1} of ${list.length}`);
  graph.center(next, false);
}

export function bindKeys(graph) {
  graph.container.addEventListener('keydown', (e) => {
    const sel = graph.store.selection;
    const node = sel && sel.kind === 'node' ? graph.cy.getElementById(sel.id) : null;
    if (e.key === 'Enter' || e.key === ' ') {
      if (node) { e.preventDefault(); graph.expand(sel.id); }
    } else if (e.key === 'Escape') {
      graph.store.clearSelection();
    } else if ((e.key === 'p' || e.key === 'P') && node && node.nonempty()) {
      const pin = !node.locked();
      graph.setPinned([sel.id], pin);
      graph.store.message(`${node.data('name')} ${pin ? 'pinned: layouts leave it where it is' : 'unpinned'}.`);
    } else if (ARROWS.includes(e.key)) {
      e.preventDefault();
      step(graph, e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : -1);
    }
  });
}
