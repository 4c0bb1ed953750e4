// Node positions as the page keeps them (URL, saved layouts): reading them, putting nodes back, pinning, and
// placing nodes that have no saved place. Helpers of the graph controller (graph.js), which calls them.

import { placeAround, placeBeside } from './placement.js';

/** Pins or unpins nodes: pinned nodes keep their place through every layout (and cannot be dragged). */
export function setPinned(cy, ids, pinned) {
  cy.batch(() => ids.forEach((id) => {
    const node = cy.getElementById(id);
    if (node.empty() || !node.isNode()) return;
    if (pinned) node.lock().addClass('pinned');
    else node.unlock().removeClass('pinned');
  }));
}

/** Node positions by id, and which are pinned. */
export function positionsOf(cy) {
  return cy.nodes().map((n) => ({ id: n.id(), x: Math.round(n.position('x')), y: Math.round(n.position('y')), pinned: n.locked() }));
}

/** Moves nodes to saved positions (pinned ones too) and pins those marked so. */
export function applyPositions(cy, list) {
  cy.batch(() => list.forEach(({ id, x, y, pinned }) => {
    const node = cy.getElementById(id);
    if (node.empty() || !node.isNode() || !Number.isFinite(x) || !Number.isFinite(y)) return;
    node.unlock().position({ x, y });
    if (pinned) node.lock().addClass('pinned');
    else node.removeClass('pinned');
  }));
}

/** Places nodes whose ids are not in `known` next to a known neighbour (or beside the graph); others stay. */
export function settle(cy, known) {
  const loose = cy.nodes().filter((n) => !known.has(n.id()) && !n.locked());
  const groups = new Map();
  loose.forEach((n) => {
    const anchor = n.neighborhood('node').filter((m) => known.has(m.id()))[0];
    const key = anchor ? anchor.id() : '';
    groups.set(key, (groups.get(key) || cy.collection()).union(n));
  });
  cy.batch(() => groups.forEach((nodes, anchorId) => {
    if (anchorId) placeAround(cy, cy.getElementById(anchorId), nodes);
    else placeBeside(cy, nodes);
  }));
}
