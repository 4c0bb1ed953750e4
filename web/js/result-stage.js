// A console result on the graph: its new nodes are laid out among themselves and set down as one block beside
// what is drawn (nodes already there never move), every element of the result is ringed (class `result`, the
// previous result's ring goes) and the camera frames it. A helper of the graph controller (graph.showResult),
// like scene-stage.js.

import { prepareForceLayout, runLayout } from './layouts.js';

const GAP = 160; // between the drawing and the block of new nodes

function besideTheRest(cy, fresh) {
  const rest = cy.nodes().difference(fresh);
  if (rest.empty()) return;
  const a = rest.boundingBox();
  const b = fresh.boundingBox();
  fresh.shift({ x: a.x2 + GAP - b.x1, y: (a.y1 + a.y2) / 2 - (b.y1 + b.y2) / 2 });
}

/** Adds `payload` (Cytoscape elements); resolves to {added: new nodes, shown: {nodes, edges} ringed}. */
export async function stageResult(graph, payload) {
  await prepareForceLayout(); // laid out before the first draw (layouts.js)
  const added = graph.addPayload(payload);
  const { cy } = graph; // after adding, which may have made a new core (renderer.js)
  const fresh = added.nodes;
  if (fresh.length > 1) {
    const inner = fresh.connectedEdges().filter((e) => fresh.contains(e.source()) && fresh.contains(e.target()));
    await runLayout(fresh.union(inner), 'fcose', { animate: false });
    cy.batch(() => besideTheRest(cy, fresh));
  }
  const ids = new Set([...(payload.nodes || []), ...(payload.edges || [])].map((e) => e && e.data && e.data.id));
  const result = cy.elements().filter((e) => ids.has(e.id()));
  cy.batch(() => {
    cy.elements('.result').removeClass('result');
    result.addClass('result');
  });
  if (fresh.nonempty() || added.edges.nonempty()) graph.store.graphChanged('console');
  if (result.nonempty()) graph.fit({ eles: result });
  return { added: fresh.length, shown: { nodes: result.nodes().length, edges: result.edges().length } };
}
