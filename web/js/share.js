// Shareable views: the URL holds the view (url-state.js), so a reload or a colleague's browser shows the same
// graph, and back/forward step through it. Changes to what is on screen, the filters, the layout and the open
// panel add a history entry (pushState); selection and node moves only update the current one (replaceState).
// Restoring replays the seeds and expansions against the API, so a link shows the data as it is today; the date
// is set before (expansions ask for the view as of then), other parts (a path search) are restored after.

import { api } from './api.js';
import { decode, encode } from './url-state.js';

const FLUSH_MS = 60; // one user action emits several events: write the URL once, after them

export class ShareableView {
  constructor({ store, graph }) {
    this.store = store;
    this.graph = graph;
    this.quiet = 0; // > 0 while restoring or during a transaction: events do not write the URL
    this.pending = null;
    this.timer = 0;
    this.parts = [];
    const push = () => this.schedule('push');
    const replace = () => this.schedule('replace');
    ['graph', 'filters', 'layout', 'panel', 'path', 'comparison'].forEach((type) => store.addEventListener(type, push));
    ['selection', 'positions', 'date'].forEach((type) => store.addEventListener(type, replace));
    window.addEventListener('popstate', () => { if (!this.paused) this.restore(decode(window.location.search)); });
    this.paused = false;
  }

  /** While a presentation runs, the graph is not the explorer's view: leave the URL and history to it. */
  pause() {
    this.paused = true;
    this.quiet += 1;
  }

  resume() {
    this.paused = false;
    this.quiet -= 1;
  }

  /** The view as url-state.js describes it. */
  current() {
    const { store, graph } = this;
    return {
      seeds: store.seeds,
      steps: store.steps,
      selection: store.selection,
      filters: store.filters,
      layout: store.layout,
      panel: store.panel,
      positions: graph.positions(),
      date: store.date,
      path: store.path,
      comparison: store.comparison,
      extra: decode(window.location.search).extra,
    };
  }

  /** Adds a part of the view that restores itself once the graph is rebuilt: `async (view) => …`. */
  addPart(restore) {
    this.parts.push(restore);
  }

  async restoreParts(view) {
    for (const restorePart of this.parts) await restorePart(view);
  }

  schedule(mode) {
    if (this.quiet) return;
    this.pending = this.pending === 'push' ? 'push' : mode;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.write(), FLUSH_MS);
  }

  write(mode = this.pending || 'replace') {
    clearTimeout(this.timer);
    this.pending = null;
    const search = encode(this.current());
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }

  /** Runs `fn` (several graph changes) and then adds one history entry for all of them. */
  async transaction(fn, mode = 'push') {
    this.quiet += 1;
    try {
      return await fn();
    } finally {
      this.quiet -= 1;
      if (!this.quiet) this.write(mode);
    }
  }

  /** Shows the view a URL describes: rebuilds the graph when it differs, then filters, layout, selection. */
  async restore(view) {
    const { store, graph } = this;
    this.quiet += 1;
    try {
      store.setFilters(view.filters);
      store.setLayout(view.layout || 'fcose');
      store.setPanel(view.panel || 'details');
      store.setDate(view.date || null);
      const rebuilt = await this.rebuild(view);
      const known = new Set(view.positions.map((p) => p.id));
      const complete = graph.positions().every((p) => known.has(p.id));
      graph.applyPositions(view.positions);
      if (!complete && view.positions.some((p) => !p.pinned)) graph.settle(known); // new since saved: beside neighbours
      else if (!complete && rebuilt) await graph.layout(store.layout, { animate: false });
      if (complete || view.positions.some((p) => !p.pinned)) graph.fit({ animate: false });
      const sel = view.selection;
      store.select(sel && graph.elementData(sel.id) ? sel.kind : null, sel && graph.elementData(sel.id) ? sel.id : null);
      store.setComparison(view.comparison || null);
    } finally {
      this.quiet -= 1;
    }
  }

  /** Makes the graph hold what `view` lists; false when it already did. */
  async rebuild(view) {
    const { store, graph } = this;
    const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
    const stepsNow = store.steps.map(({ id, types, limit }) => ({ id, types, limit }));
    const prefix = same(store.seeds, view.seeds) && same(stepsNow, view.steps.slice(0, stepsNow.length));
    if (prefix && stepsNow.length === view.steps.length) {
      await this.restoreParts(view);
      return false;
    }
    let steps = view.steps.slice(stepsNow.length);
    if (!prefix) {
      graph.clear({ quiet: true });
      steps = view.steps;
      const entities = await Promise.all(view.seeds.map((id) => api.entity(id).catch(() => null)));
      const missing = entities.filter((e) => !e).length;
      if (missing) store.message(`${missing} of the linked entities no longer exist${missing === view.seeds.length ? '' : ' and were left out'}.`, 'error');
      graph.addSeeds(entities.filter(Boolean));
    }
    await this.restoreParts(view); // before the expansions, which may start from a part's nodes
    await replay(graph, steps);
    store.graphChanged('restore');
    return true;
  }
}

/** Runs expansions in rounds: each round those whose node is on screen, one at a time per node. */
async function replay(graph, steps) {
  let todo = steps;
  while (todo.length) {
    const ready = todo.filter((s) => graph.elementData(s.id));
    if (!ready.length) return;
    const byNode = new Map();
    ready.forEach((s) => byNode.set(s.id, [...(byNode.get(s.id) || []), s]));
    await Promise.all([...byNode.values()].map(async (list) => {
      for (const s of list) await graph.expand(s.id, { types: s.types || undefined, limit: s.limit, quiet: true });
    }));
    todo = todo.filter((s) => !ready.includes(s));
  }
}
