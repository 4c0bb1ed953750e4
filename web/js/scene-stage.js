// Story scenes on the graph: the transition from what is drawn to what the next scene shows. What the scene
// does not have fades out, what it adds fades in, nodes with a saved position go there (the others are laid
// out around them), the highlighted elements are spotlit and the camera moves to them. A helper of the graph
// controller (graph.showScene), like layouts.js and placement.js.

import { runLayout } from './layouts.js';
import { fitViewport } from './viewport.js';

const FADE_MS = 280;
const CAMERA_MS = 650;

/** Animates opacity; resolves when done (at once without animation) and leaves no style bypass behind. */
async function fade(eles, to, animate) {
  if (!animate || eles.empty()) return;
  await Promise.all(eles.map((e) => e.animation({ style: { opacity: to } }, { duration: FADE_MS }).play().promise()));
}

async function moveTo(cy, positions, animate) {
  const nodes = cy.nodes().filter((n) => positions[n.id()]);
  if (!animate) {
    cy.batch(() => nodes.forEach((n) => n.position(positions[n.id()])));
    return;
  }
  await Promise.all(nodes.map((n) => n.animation({ position: positions[n.id()] }, { duration: FADE_MS * 2 }).play().promise()));
}

/** Spotlights `ids` (and the ends of spotlit edges); everything else steps back. `labels`: edge id → text. */
function spotlight(cy, ids, labels) {
  const spot = cy.collection(ids.map((id) => cy.getElementById(id)).filter((e) => e.nonempty()));
  cy.batch(() => {
    cy.elements().removeClass('spotlit backdrop');
    cy.edges().forEach((e) => e.data('sceneLabel', labels.get(e.id()) || e.data('type')));
    if (spot.empty()) return;
    spot.union(spot.connectedNodes()).addClass('spotlit');
    cy.elements().not('.spotlit').addClass('backdrop');
  });
  return spot;
}

/**
 * Shows `payload` as a scene. Options: positions {id: {x, y}}, highlight [ids], layout (for nodes without a
 * position), edgeLabels (Map edge id → label, e.g. its footnote numbers), animate, overlays (kept clear by the camera).
 */
export async function stageScene(graph, payload, { positions = {}, highlight = [], layout, edgeLabels = new Map(), animate = true } = {}) {
  let { cy } = graph;
  const { container } = graph;
  container.dataset.scene = 'moving';
  cy.stop();
  graph.store.clearSelection();
  graph.store.resetHistory(); // a scene is not built by seeds and expansions
  const wanted = new Set([...(payload.nodes || []), ...(payload.edges || [])].map((e) => e && e.data && e.data.id));
  const leaving = cy.elements().filter((e) => !wanted.has(e.id()));
  await fade(leaving, 0, animate);
  cy.batch(() => {
    leaving.remove();
    cy.nodes().unlock().removeClass('pinned expanded more');
  });
  const added = graph.addPayload(payload, null, { announce: false });
  cy = graph.cy; // adding may have made a new core (renderer.js)
  const fresh = added.nodes.union(added.edges);
  if (animate) fresh.style('opacity', 0);
  const placed = cy.nodes().filter((n) => positions[n.id()]);
  if (placed.length === cy.nodes().length) {
    await moveTo(cy, positions, animate);
  } else {
    cy.batch(() => placed.forEach((n) => { n.position(positions[n.id()]); n.lock(); }));
    // not graph.layout(): that takes what is visible, and the new elements are transparent until they fade in
    await runLayout(cy.elements().not('.off-hide'), layout, { animate });
    placed.unlock();
  }
  const spot = spotlight(cy, highlight, edgeLabels);
  await fade(fresh, 1, animate);
  fresh.removeStyle('opacity');
  const focus = spot.nonempty() ? spot.union(spot.connectedNodes()) : cy.elements(':visible');
  const viewport = focus.nonempty() && fitViewport(cy, focus.boundingBox({ includeLabels: true }), container, graph.overlays);
  if (viewport) {
    cy.stop();
    if (animate) await cy.animation(viewport, { duration: CAMERA_MS, easing: 'ease-in-out-cubic' }).play().promise();
    else cy.viewport(viewport);
  }
  graph.sized();
  container.dataset.scene = 'shown';
  return { nodes: cy.nodes().length, edges: cy.edges().length, highlighted: spot.length };
}
