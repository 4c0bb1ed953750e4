// Scene views: what a story scene shows, as the page stores it in a story (the server keeps it as given), and
// the graph payload it stands for with today's data. Also the other way: the explorer's view as a scene.
//
// view = {
//   entities:  [id…]                        shown with every relationship among them (GET /api/export)
//   expand:    [{id, types, limit}…]        neighbours of an entity (types: comma list)
//   path:      {from, to, mode, k, maxHops, via, types}   a GET /api/paths request
//   filters:   {hiddenLabels: [], hiddenTypes: [], minConfidence, sourced, mode}   as filter-rules.js
//   asOf:      'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'   relationships not valid then, and entities not yet there, are
//              left out (as the server's AsOf does)
//   layout:    a layout name (layouts.js)   positions: {id: {x, y}}   nodes with a position stay there
//   highlight: [node or edge id…]           spotlit, and where the camera goes
// }

import { api } from './api.js';
import { CONFIDENCE_LEVELS, SOURCED_CHOICES, defaultFilters } from './filter-rules.js';
import { isLayoutName } from './layouts.js';

/** A scene may hold this many entities: they travel in one query string. */
export const MAX_SCENE_ENTITIES = 200;
const NAME = /^[A-Z][A-Za-z0-9_]*$/;

const strings = (list) => (Array.isArray(list) ? list.filter((s) => typeof s === 'string' && s) : []);

/** "2026" and "2026-04" as their first day, for comparing with full dates. */
const firstDay = (text) => `${text}-01-01`.slice(0, 10);

/** Whether a relationship holds on `asOf` (as the server's AsOf: a partial `until` lasts its whole period). */
function validOn(data, asOf) {
  if (!asOf) return true;
  const day = firstDay(asOf);
  if (data.since && firstDay(data.since) > day) return false;
  const until = data.until ? String(data.until) : '';
  return !until || day.slice(0, until.length) <= until;
}

/** Whether an entity existed on `asOf`: its own date (founded, issued, released, launched, date) is not later. */
function existedOn(data, asOf) {
  const own = ['founded', 'issued', 'released', 'launched', 'date'].map((k) => data[k]).find(Boolean);
  return !asOf || !own || firstDay(own) <= firstDay(asOf);
}

export function filtersFromView(view) {
  const f = defaultFilters();
  const raw = (view && view.filters) || {};
  strings(raw.hiddenLabels).filter((l) => NAME.test(l)).forEach((l) => f.hiddenLabels.add(l));
  strings(raw.hiddenTypes).filter((t) => NAME.test(t)).forEach((t) => f.hiddenTypes.add(t));
  if (CONFIDENCE_LEVELS.includes(raw.minConfidence)) f.minConfidence = raw.minConfidence;
  if (SOURCED_CHOICES.includes(raw.sourced)) f.sourced = raw.sourced;
  if (raw.mode === 'fade') f.mode = 'fade';
  return f;
}

export function layoutOf(view) {
  return view && isLayoutName(view.layout) ? view.layout : 'fcose';
}

/** {id: {x, y}} of the view, only well-formed entries. */
export function positionsOf(view) {
  const raw = view && view.positions && typeof view.positions === 'object' ? view.positions : {};
  return Object.fromEntries(Object.entries(raw)
    .filter(([, p]) => p && Number.isFinite(p.x) && Number.isFinite(p.y)).map(([id, p]) => [id, { x: p.x, y: p.y }]));
}

export function highlightOf(view) {
  return strings(view && view.highlight);
}

/** The payload a scene shows today: its entities, expansions and path, minus what `missing` says is gone. */
export async function loadScene(view, missing = []) {
  const gone = new Set(missing);
  const present = (id) => typeof id === 'string' && id && !gone.has(id);
  const asOf = typeof view.asOf === 'string' && view.asOf ? view.asOf : undefined;
  const ids = strings(view.entities).filter(present);
  const expand = Array.isArray(view.expand) ? view.expand.filter((x) => x && present(x.id)) : [];
  const path = view.path && present(view.path.from) && present(view.path.to) ? view.path : null;
  const parts = await Promise.all([
    ids.length ? api.subgraph(ids) : null,
    ...expand.map((x) => api.neighbors(x.id, { types: x.types, limit: x.limit, asOf })),
    path ? api.paths({ ...path, asOf: asOf || path.asOf }) : null,
  ]);
  const nodes = new Map();
  const edges = new Map();
  for (const part of parts.filter(Boolean)) {
    (part.nodes || []).forEach((n) => n && n.data && existedOn(n.data, asOf) && nodes.set(n.data.id, n));
    (part.edges || []).forEach((e) => e && e.data && validOn(e.data, asOf) && edges.set(e.data.id, e));
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** The explorer's view as a scene view: entities on screen, their positions, filters, date, layout, selection. */
export function captureView(graph, store) {
  const positions = graph.positions();
  const f = store.filters;
  const asOf = store.asOf || new URLSearchParams(window.location.search).get('asOf'); // a time slider's date, if any
  return {
    entities: positions.map((p) => p.id),
    filters: { hiddenLabels: [...f.hiddenLabels].sort(), hiddenTypes: [...f.hiddenTypes].sort(),
      minConfidence: f.minConfidence, sourced: f.sourced, mode: f.mode },
    ...(asOf ? { asOf } : {}),
    layout: store.layout,
    positions: Object.fromEntries(positions.map((p) => [p.id, { x: p.x, y: p.y }])),
    highlight: store.selection ? [store.selection.id] : [],
  };
}
