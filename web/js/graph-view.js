// How the graph looks, apart from positions: filters (hide or fade), selection and neighbourhood highlighting,
// and the renderer's performance switches by size. Helpers of the graph controller, which calls them inside
// cy.batch(); nothing else calls them.

import { edgePasses, hasSources, nodePasses } from './filter-rules.js';
import { existsAt, validAt } from './time-rules.js';

const NEAR_LABELS_MAX = 14; // more edges than this around the selection: no type labels, they would be noise

/** Sizes (elements on screen) from which the renderer trades detail for speed. */
export const PERFORMANCE = { haystack: 1000, hideEdgesOnViewport: 4000 };

/**
 * Gives `ele` class `off-hide` (display: none), `off-fade` (faint) or neither. Only an element whose classes change
 * is touched: Cytoscape restyles every element it is asked to set a class on, even one that already has it.
 */
function markOut(ele, out, hide) {
  const [hidden, faded] = [out && hide, out && !hide];
  if (ele.hasClass('off-hide') !== hidden) ele.toggleClass('off-hide', hidden);
  if (ele.hasClass('off-fade') !== faded) ele.toggleClass('off-fade', faded);
}

/**
 * Marks elements the filters leave out, and with a `date` those not valid or not existing then (time-rules.js),
 * hidden or faded by the filters' mode. Positions never change.
 */
export function applyFilters(cy, filters, date = null) {
  const hide = filters.mode !== 'fade';
  const outNodes = new Set();
  cy.nodes().forEach((n) => {
    const out = !nodePasses(n.data(), filters) || !existsAt(n.data(), date);
    if (out) outNodes.add(n.id());
    markOut(n, out, hide);
  });
  cy.edges().forEach((e) => {
    const data = e.data();
    const out = outNodes.has(data.source) || outNodes.has(data.target) || !edgePasses(data, filters)
      || !validAt(data, date);
    markOut(e, out, hide);
  });
}

/** Classes set once per new element: relationships that cite no source look different. */
export function markNew(edges) {
  edges.forEach((e) => { if (!hasSources(e.data())) e.addClass('unsourced'); });
}

/** What passes the filters: the elements a person sees at full strength (for lists, exports, layouts). */
export function shown(cy) {
  return cy.elements().not('.off-hide, .off-fade');
}

export function showSelection(cy, selection) {
  const ele = selection ? cy.getElementById(selection.id) : cy.collection();
  cy.elements('.faded, .near').removeClass('faded near'); // only those that have them (see markOut)
  cy.$(':selected').not(ele).unselect();
  if (ele.empty()) return;
  ele.select();
  const hood = ele.isNode() ? ele.closedNeighborhood() : ele.union(ele.connectedNodes());
  cy.elements().not(hood).addClass('faded');
  if (ele.isNode() && ele.connectedEdges().length <= NEAR_LABELS_MAX) ele.connectedEdges().addClass('near');
}

/** Keeps an edge's type label on while the pointer is over it or it belongs to a small selected neighbourhood. */
export function keepNearLabel(cy, edge, selection) {
  const node = selection && selection.kind === 'node' ? cy.getElementById(selection.id) : cy.collection();
  return node.nonempty() && edge.connectedNodes().contains(node) && node.connectedEdges().length <= NEAR_LABELS_MAX;
}

/** The size level of a graph of `n` elements: 'normal', 'large' or 'huge'. */
export function sizeLevel(n) {
  return n >= PERFORMANCE.hideEdgesOnViewport ? 'huge' : n >= PERFORMANCE.haystack ? 'large' : 'normal';
}

/**
 * Switches the canvas renderer's speed options for a size level (the caller restyles edges, haystack, when the
 * level changes). The options are read by the renderer on every frame; its WebGL mode ignores them.
 */
export function tuneRenderer(cy, level) {
  const renderer = cy.renderer();
  if (renderer) {
    renderer.textureOnViewport = level !== 'normal';
    renderer.hideEdgesOnViewport = level === 'huge';
  }
}
