// Adding a payload (an API answer's nodes and edges) to the drawing, within the drawing limits: new nodes are
// placed, filters, overlays and the selection apply to them at once. Helper of the graph controller (graph.js).

import { applyFilters, markNew, showSelection } from './graph-view.js';
import { applyOverlays } from './graph-overlays.js';
import { edgeData, nodeData } from './element-data.js';
import { placeAround, placeBeside } from './placement.js';

/**
 * Adds a payload's nodes and edges (up to the drawing limits); new nodes go around `center` (a node id) or
 * beside the graph, or where `place(cy, addedNodes)` puts them. Existing nodes never move. Resolves to the added
 * collections and how many were left out.
 */
export function addPayload(graph, payload, centerId = null, { announce = true, place = null } = {}) {
  let { cy } = graph;
  const fresh = new Map();
  const newLabels = new Set();
  let dropped = 0;
  let room = graph.limits.nodes - cy.nodes().length;
  const known = [];
  for (const raw of payload.nodes || []) {
    const data = nodeData(raw && raw.data);
    if (!data || fresh.has(data.id)) continue;
    if (cy.hasElementWithId(data.id)) { known.push(data); continue; }
    if (room <= 0) { dropped += 1; continue; }
    room -= 1;
    if (!graph.labels.has(data.label)) newLabels.add(data.label);
    fresh.set(data.id, { group: 'nodes', data, position: { x: 0, y: 0 } });
  }
  if (newLabels.size) graph.refreshStyle([...newLabels]);
  graph.sized(cy.elements().length + fresh.size + (payload.edges || []).length);
  cy = graph.cy; // read again: sizing may make a new core (renderer.js)
  let addedNodes;
  let addedEdges;
  cy.batch(() => {
    // a node first drawn from a search result gets its full properties when a payload brings them
    known.forEach((data) => cy.getElementById(data.id).data(data));
    addedNodes = cy.add([...fresh.values()]);
    const edges = new Map();
    let edgeRoom = graph.limits.edges - cy.edges().length;
    for (const raw of payload.edges || []) {
      const data = edgeData(raw && raw.data);
      if (!data || edges.has(data.id) || cy.hasElementWithId(data.id)) continue;
      // Cytoscape refuses edges to nodes it does not have (hasElementWithId: an id lookup that makes no collection)
      if (!cy.hasElementWithId(data.source) || !cy.hasElementWithId(data.target)) continue;
      if (edgeRoom <= 0) { dropped += 1; continue; }
      edgeRoom -= 1;
      edges.set(data.id, { group: 'edges', data });
    }
    addedEdges = cy.add([...edges.values()]);
    markNew(addedEdges);
    const center = centerId ? cy.getElementById(centerId) : null;
    if (place) place(cy, addedNodes);
    else if (center && center.nonempty()) placeAround(cy, center, addedNodes);
    else placeBeside(cy, addedNodes);
    applyFilters(cy, graph.store.filters, graph.store.date);
    applyOverlays(cy, graph.store);
    showSelection(cy, graph.store.selection);
  });
  graph.sized();
  if (dropped && announce) graph.atLimit(dropped);
  return { nodes: addedNodes, edges: addedEdges, dropped };
}
