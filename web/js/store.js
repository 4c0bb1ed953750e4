// View state of the explorer. Panels listen to its events; only the graph controller touches Cytoscape.
//
// Events (all CustomEvent, data in `detail`):
//   health     {status, body}              server health changed (UP, DOWN, STARTING, UNREACHABLE)
//   meta       meta                        /api/meta loaded (labels with colours, types, dataset)
//   selection  {kind, id} | null           a node or an edge was selected, or the selection cleared
//   expansion  {id, name, shown, total, truncated, limit, types, added, nextStep}   neighbours were loaded
//              (shown/total count relationships, as the API's limit and total do)
//   hidden     {labels: string[]}          labels hidden from the graph through the legend
//   message    {text, kind, action?}       a status line for the user (kind: info | error)
//   expand-request {id, more, types, limit}        a panel asks for the neighbours of a node
//   unavailable  ApiError                   a call failed with 503 or no answer: time to re-check health

import { labelStyle } from './palette.js';

export class Store extends EventTarget {
  constructor() {
    super();
    this.health = { status: 'UNKNOWN', body: null };
    this.meta = null;
    this.selection = null;
    /** node id → last expansion {limit, shown, total, truncated, types} */
    this.expansions = new Map();
    this.hiddenLabels = new Set();
    this.metaLabels = new Map();
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

  requestExpand(id, { more = false, types, limit } = {}) {
    this.emit('expand-request', { id, more, types, limit });
  }

  toggleLabel(label) {
    if (this.hiddenLabels.has(label)) this.hiddenLabels.delete(label);
    else this.hiddenLabels.add(label);
    this.emit('hidden', { labels: [...this.hiddenLabels] });
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
