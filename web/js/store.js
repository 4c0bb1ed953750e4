// View state of the explorer. Panels listen to its events; only the graph controller touches Cytoscape.
//
// Events (all CustomEvent, data in `detail`):
//   health     {status, body}              server health changed (UP, DOWN, STARTING, UNREACHABLE)
//   meta       meta                        /api/meta loaded (labels with colours, types, dataset)
//   selection  {kind, id} | null           a node or an edge was selected, or the selection cleared
//   expansion  {id, name, shown, total, totalText, truncated, limit, types, added, nextStep}   neighbours were loaded
//              (shown/total count relationships, as the API's limit and total do)
//   graph      {reason}                    elements were added or removed (reason: add, expand, clear, restore)
//   filters    filters                     the filters changed (see filter-rules.js)
//   layout     {name}                      the chosen layout changed
//   positions  {reason}                    nodes moved or were pinned/unpinned (layout, drag, pin, restore)
//   panel      {name}                      the open side panel changed (details, filters, list, layouts, closed)
//   message    {text, kind, action?}       a status line for the user (kind: info | error)
//   console-open {query, params, title}    a panel asks the console to show a query (not to run it)
//   expand-request {id, more, types, limit}        a panel asks for the neighbours of a node
//   layout-request {name}                  a panel asks to run a layout now
//   unavailable  ApiError                   a call failed with 503 or no answer: time to re-check health
//   date       {date}                      the time slider's date changed (null = any time; time-rules.js)
//   path       {request, pick} | null      the path search changed, or which path is picked (path-request.js)
//   highlight  Set<id> | null              elements to stand out (a picked path); the others fade
//   comparison {a, b} | null               two dates being compared (appeared / ended / stayed)
//
// What put the graph on screen is kept as `seeds` (entities added by themselves) and `steps` (expansions,
// {id, types, limit}): replaying them against the API rebuilds the same view with fresh data (share.js).

import { labelStyle } from './palette.js';
import { defaultFilters } from './filter-rules.js';

export class Store extends EventTarget {
  constructor() {
    super();
    this.health = { status: 'UNKNOWN', body: null };
    this.meta = null;
    this.selection = null;
    /** node id → last expansion {limit, shown, total, truncated, types} */
    this.expansions = new Map();
    this.metaLabels = new Map();
    this.filters = defaultFilters();
    this.layout = 'fcose';
    this.panel = 'details';
    this.seeds = [];
    this.steps = [];
    this.date = null;
    this.path = null;
    this.highlight = null;
    this.comparison = null;
  }

  emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }

  setHealth(health) {
    const changed = health.status !== this.health.status;
    this.health = health;
    if (changed) this.emit('health', health);
  }

  get isUp() {
    return this.health.status === 'UP';
  }

  setMeta(meta) {
    this.meta = meta;
    this.metaLabels = new Map((meta.labels || []).filter((l) => l && typeof l.name === 'string').map((l) => [l.name, l]));
    this.emit('meta', meta);
  }

  /** Colour and shape for a label: meta's if it has one, else a colour-blind-safe fallback. */
  styleFor(label) {
    return labelStyle(label, this.metaLabels.get(label));
  }

  select(kind, id) {
    const current = this.selection;
    if (current && current.kind === kind && current.id === id) return;
    this.selection = kind && id ? { kind, id } : null;
    this.emit('selection', this.selection);
  }

  clearSelection() {
    if (this.selection) this.select(null, null);
  }

  recordExpansion(expansion) {
    this.expansions.set(expansion.id, expansion);
    this.emit('expansion', expansion);
  }

  recordSeed(id) {
    if (!this.seeds.includes(id)) this.seeds.push(id);
  }

  /** One step per node and type filter; asking again with a higher limit replaces the earlier one. */
  recordStep({ id, types, limit }) {
    const key = String(types || '');
    const at = this.steps.findIndex((s) => s.id === id && String(s.types || '') === key);
    const step = { id, types: key, limit };
    if (at < 0) this.steps.push(step);
    else this.steps[at] = step;
  }

  /** Forgets what built the graph (before a clear or a rebuild). */
  resetHistory() {
    this.seeds = [];
    this.steps = [];
    this.expansions.clear();
  }

  graphChanged(reason) {
    this.emit('graph', { reason });
  }

  requestExpand(id, { more = false, types, limit } = {}) {
    this.emit('expand-request', { id, more, types, limit });
  }

  setFilters(filters) {
    this.filters = filters;
    this.emit('filters', filters);
  }

  toggleLabel(label) {
    const hiddenLabels = new Set(this.filters.hiddenLabels);
    if (hiddenLabels.has(label)) hiddenLabels.delete(label);
    else hiddenLabels.add(label);
    this.setFilters({ ...this.filters, hiddenLabels });
  }

  setLayout(name) {
    if (name === this.layout) return;
    this.layout = name;
    this.emit('layout', { name });
  }

  requestLayout(name = this.layout) {
    this.setLayout(name);
    this.emit('layout-request', { name });
  }

  openConsole(query, params, title) {
    this.emit('console-open', { query, params, title });
  }

  positionsChanged(reason) {
    this.emit('positions', { reason });
  }

  setPanel(name) {
    if (name === this.panel) return;
    this.panel = name;
    this.emit('panel', { name });
  }

  /** The time slider's date; a date and a comparison of two dates exclude each other. */
  setDate(date) {
    if (date === this.date) return;
    if (date && this.comparison) this.setComparison(null);
    this.date = date;
    this.emit('date', { date });
  }

  setComparison(comparison) {
    if (JSON.stringify(comparison) === JSON.stringify(this.comparison)) return;
    if (comparison && this.date) this.setDate(null);
    this.comparison = comparison;
    this.emit('comparison', comparison);
  }

  setPath(path) {
    if (JSON.stringify(path) === JSON.stringify(this.path)) return;
    this.path = path;
    this.emit('path', path);
  }

  setHighlight(ids) {
    this.highlight = ids && ids.size ? ids : null;
    this.emit('highlight', this.highlight);
  }

  message(text, kind = 'info', action = null) {
    this.emit('message', { text, kind, action });
  }

  error(err, context) {
    if (err && (err.status === 503 || err.status === 0)) this.emit('unavailable', err); // banner re-checks health
    const what = err && err.title ? (err.detail ? `${err.title} — ${err.detail}` : err.title) : String(err);
    this.message(context ? `${context}: ${what}` : what, 'error');
  }
}
