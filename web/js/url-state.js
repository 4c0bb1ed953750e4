// The view as a query string, and back. Pure functions; share.js does the history work.
//
//   n=<id>                      an entity added by itself (search, start view); repeated
//   x=<limit>~<TYPES>~<id>      an expansion: neighbours of <id>, only TYPES (comma list) when given; repeated,
//                               in order (an expansion may need a node that an earlier one brought)
//   sel=node:<id> | edge:<id>   the selection
//   hide=<Label>  htype=<TYPE>  labels / relationship types filtered out; repeated
//   conf=medium|high  src=sourced|unsourced  fade=1     the other filters (fade: dim instead of hide)
//   layout=fcose|concentric|tree|dagre|geo   panel=details|filters|list|layouts|paths|time|stories|console|closed
//   p=<x>,<y>,<id>  pin=<x>,<y>,<id>   node positions (all, while the URL stays short) and pinned nodes
//   date=YYYY[-MM[-DD]]         the time slider's date (expansions and the view as of then)
//   path=<query>                a path search: the /api/paths query string plus pick=<n> (path-request.js)
//   cmp=<date>~<date>           two dates compared
//
// Other parameters are kept as they are, so features can add their own (the console's query: console-link.js).
// Ids may hold any character: they always come last in a value and URLSearchParams encodes them.

import { CONFIDENCE_LEVELS, SOURCED_CHOICES, defaultFilters } from './filter-rules.js';
import { isLayoutName } from './layouts.js';
import { decodePath, encodePath } from './path-request.js';
import { isPartialDate } from './time-rules.js';

export const PANELS = ['details', 'filters', 'list', 'layouts', 'paths', 'time', 'stories', 'console', 'closed'];
const KNOWN = new Set(['n', 'x', 'sel', 'hide', 'htype', 'conf', 'src', 'fade', 'layout', 'panel', 'p', 'pin',
  'date', 'path', 'cmp']);
const MAX_URL = 4000; // characters: past this only pinned positions go into the URL
const NAME = /^[A-Z][A-Za-z0-9_]*$/;

/** Splits "a~b~rest" into [a, b, rest] without splitting `rest`. */
function fields(value, count, separator) {
  const out = [];
  let rest = value;
  for (let i = 1; i < count; i++) {
    const at = rest.indexOf(separator);
    if (at < 0) return null;
    out.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  out.push(rest);
  return out;
}

function position(value, pinned) {
  const f = fields(value, 3, ',');
  if (!f || !f[2]) return null;
  const [x, y] = [Number(f[0]), Number(f[1])];
  return Number.isFinite(x) && Number.isFinite(y) ? { id: f[2], x, y, pinned } : null;
}

/** Like URLSearchParams.toString(), but leaves ":" and "," as they are (both are fine in a query): shorter links. */
function readable(params) {
  const enc = (text) => encodeURIComponent(text).replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  return [...params.entries()].map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
}

/** The view a query string describes; `hasGraph` is false when it names no entities. */
export function decode(search) {
  const params = new URLSearchParams(search);
  const seeds = params.getAll('n').filter(Boolean);
  const steps = params.getAll('x').map((v) => fields(v, 3, '~')).filter((f) => f && f[2])
    .map(([limit, types, id]) => ({ id, types: types.split(',').filter((t) => NAME.test(t)).join(','), limit: Number(limit) || undefined }));
  const sel = fields(params.get('sel') || '', 2, ':');
  const filters = defaultFilters();
  params.getAll('hide').filter((l) => NAME.test(l)).forEach((l) => filters.hiddenLabels.add(l));
  params.getAll('htype').filter((t) => NAME.test(t)).forEach((t) => filters.hiddenTypes.add(t));
  if (CONFIDENCE_LEVELS.includes(params.get('conf'))) filters.minConfidence = params.get('conf');
  if (SOURCED_CHOICES.includes(params.get('src'))) filters.sourced = params.get('src');
  if (params.get('fade') === '1') filters.mode = 'fade';
  const positions = [...params.getAll('p').map((v) => position(v, false)), ...params.getAll('pin').map((v) => position(v, true))]
    .filter(Boolean);
  const extra = [...params.entries()].filter(([key]) => !KNOWN.has(key));
  const path = decodePath(params.get('path'));
  const cmp = fields(params.get('cmp') || '', 2, '~');
  return {
    hasGraph: seeds.length > 0 || steps.length > 0 || path !== null,
    seeds,
    steps,
    selection: sel && (sel[0] === 'node' || sel[0] === 'edge') && sel[1] ? { kind: sel[0], id: sel[1] } : null,
    filters,
    layout: isLayoutName(params.get('layout')) ? params.get('layout') : null,
    panel: PANELS.includes(params.get('panel')) ? params.get('panel') : null,
    positions,
    date: isPartialDate(params.get('date')) ? params.get('date') : null,
    path,
    comparison: cmp && isPartialDate(cmp[0]) && isPartialDate(cmp[1]) ? { a: cmp[0], b: cmp[1] } : null,
    extra,
  };
}

/** The query string (with "?", or "" for an empty view) of a view; `extra` entries are appended as they are. */
export function encode(view) {
  const params = new URLSearchParams();
  view.seeds.forEach((id) => params.append('n', id));
  view.steps.forEach((s) => params.append('x', `${s.limit || ''}~${s.types || ''}~${s.id}`));
  if (view.selection) params.set('sel', `${view.selection.kind}:${view.selection.id}`);
  const f = view.filters;
  [...f.hiddenLabels].sort().forEach((l) => params.append('hide', l));
  [...f.hiddenTypes].sort().forEach((t) => params.append('htype', t));
  if (f.minConfidence !== 'any') params.set('conf', f.minConfidence);
  if (f.sourced !== 'any') params.set('src', f.sourced);
  if (f.mode === 'fade') params.set('fade', '1');
  if (view.layout) params.set('layout', view.layout);
  if (view.panel && view.panel !== 'details') params.set('panel', view.panel);
  if (view.date) params.set('date', view.date);
  if (view.path) params.set('path', encodePath(view.path));
  if (view.comparison) params.set('cmp', `${view.comparison.a}~${view.comparison.b}`);
  (view.extra || []).forEach(([key, value]) => params.append(key, value));
  const positions = view.positions || [];
  positions.filter((p) => p.pinned).forEach((p) => params.append('pin', `${p.x},${p.y},${p.id}`));
  const base = readable(params);
  const free = new URLSearchParams();
  positions.filter((p) => !p.pinned).forEach((p) => free.append('p', `${p.x},${p.y},${p.id}`));
  const all = readable(free);
  const text = all && base.length + all.length + 1 <= MAX_URL ? [base, all].filter(Boolean).join('&') : base;
  return text ? `?${text}` : '';
}
