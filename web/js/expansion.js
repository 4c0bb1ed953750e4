// Expanding a node: loads its neighbours (page by page for hubs) and adds them around it. Helper of the graph
// controller (graph.js), which calls it; the rest of the page asks through the store's expand requests.

import { api } from './api.js';

export const FIRST_LIMIT = 25;
const STEP = 50; // "show more" raises the limit by this much
const MAX_LIMIT = 500; // the API's maximum for /neighbors

/** Loads neighbours of a node. `more` raises the previous limit; `types` filters by relationship type. */
export async function expandNode(graph, id, { more: moreAsked = false, types, limit: wanted, quiet = false } = {}) {
  const { store } = graph;
  const node = graph.cy.getElementById(id);
  if (node.empty() || graph.pending.has(id)) return null;
  const prev = store.expansions.get(id);
  const sameTypes = prev && String(prev.types || '') === String(types || '');
  const more = moreAsked || (sameTypes && prev.truncated && !wanted); // expanding a capped node again shows more
  const limit = more && sameTypes ? Math.min(MAX_LIMIT, prev.limit + STEP)
    : Math.min(MAX_LIMIT, wanted || (sameTypes ? prev.limit : FIRST_LIMIT));
  const name = node.data('name');
  if (sameTypes && !more && !prev.truncated) {
    if (!quiet) store.message(`All ${prev.total} connections of ${name} are shown.`);
    return prev;
  }
  graph.pending.add(id);
  graph.container.classList.add('busy');
  if (!quiet) store.message(`Loading neighbours of ${name}…`);
  try {
    const payload = await api.neighbors(id, { limit, types, asOf: store.date || undefined });
    const added = graph.addPayload(payload, id, { announce: false });
    // limit and total count relationships (rows), not distinct neighbour nodes
    const shown = Array.isArray(payload.edges) ? payload.edges.length : 0;
    const total = Number.isFinite(payload.total) ? payload.total : shown;
    const truncated = !!payload.truncated;
    // past the API's counting cap under a label or date filter, total is a lower bound
    const totalText = `${payload.totalIsLowerBound ? 'at least ' : ''}${total.toLocaleString()}`;
    const expansion = { id, name, shown, total, totalText, truncated, limit, types, added: added.nodes.length,
      nextStep: truncated ? Math.max(0, Math.min(STEP, MAX_LIMIT - limit, total - shown)) : 0 };
    const drawn = graph.cy.getElementById(id); // not `node`: adding may have made a new core
    graph.cy.batch(() => { drawn.addClass('expanded'); drawn.toggleClass('more', expansion.truncated); });
    if (!quiet) graph.reveal(added.nodes.union(drawn));
    store.recordStep({ id, types, limit });
    store.recordExpansion(expansion);
    store.graphChanged('expand');
    if (added.dropped) graph.atLimit(added.dropped); // after the expansion's own status line, so it stays
    return expansion;
  } catch (err) {
    store.error(err, `Could not load neighbours of ${name}`);
    return null;
  } finally {
    graph.pending.delete(id);
    graph.container.classList.toggle('busy', graph.pending.size > 0);
  }
}
