// The first view: a few well-known entities of the motivating story, each with a handful of neighbours,
// so that the page opens on something readable rather than a hairball. There is no "overview" endpoint:
// the anchors are found through /api/search (label-filtered) so they do not depend on exact ids, and each
// is expanded by the relationship types that tie the story together (State Council → "AI+" → DeepSeek and
// Alibaba Cloud → its Jakarta region ← Indonesia). Missing anchors or types just leave less on screen.

import { api } from './api.js';

const ANCHORS = [
  { q: 'DeepSeek', label: 'Lab', limit: 14, types: 'PROMOTES,DEVELOPS,RESTRICTS' },
  { q: 'Alibaba Cloud', label: 'CloudProvider', limit: 10, types: 'PROMOTES,OPERATES' },
  { q: 'State Council', label: 'Government', limit: 6, types: 'ISSUED' },
  { q: 'Indonesia', label: 'Country', limit: 8, types: 'LOCATED_IN' },
];

async function findAnchor({ q, label }) {
  try {
    const answer = await api.search(q, { labels: label, limit: 1 });
    const hit = Array.isArray(answer.results) ? answer.results[0] : null;
    return hit && typeof hit.id === 'string' ? hit : null;
  } catch {
    return null;
  }
}

/** Falls back to the best match for the most common label when none of the anchors exists. */
async function fallbackAnchor(store) {
  const labels = (store.meta && store.meta.labels) || [];
  const top = labels.filter((l) => l.name !== 'Source').sort((a, b) => (b.count || 0) - (a.count || 0))[0];
  if (!top) return [];
  try {
    const answer = await api.search('a', { labels: top.name, limit: 1 });
    return (answer.results || []).slice(0, 1);
  } catch {
    return [];
  }
}

/** Loads the start view; resolves to the number of nodes drawn. */
export async function loadStartView(graph, store) {
  let hits = (await Promise.all(ANCHORS.map(findAnchor)))
    .map((hit, i) => hit && { ...hit, limit: ANCHORS[i].limit, types: ANCHORS[i].types })
    .filter(Boolean);
  if (!hits.length) hits = (await fallbackAnchor(store)).map((h) => ({ ...h, limit: 15 }));
  if (!hits.length) {
    store.message('Search for an entity to begin (try “DeepSeek”).');
    return 0;
  }
  const unique = hits.filter((h, i) => hits.findIndex((o) => o.id === h.id) === i);
  graph.addSeeds(unique.map((h) => ({ id: h.id, label: h.label, name: h.name })));
  await Promise.all(unique.map((hit) => graph.expand(hit.id, { limit: hit.limit, types: hit.types, quiet: true })));
  await graph.layout(store.layout, { animate: false });
  const names = unique.map((h) => h.name).join(', ');
  store.message(`Start view: ${names} and some of their neighbours. Search, or double-click a node to expand it.`);
  return graph.cy.nodes().length;
}
