// Filters panel (#filters): confidence, sourced/unsourced, relationship types (with counts on screen / in the
// data) and whether filtered elements fade or hide. Labels are filtered through the legend. Changes go to
// store.filters; the graph controller hides or fades elements in place, without a new layout.

import { el, showCounts } from './dom.js';
import { defaultFilters, describeFilters, isFiltering } from './filter-rules.js';

export class FiltersPanel {
  constructor(root, { store, graph }) {
    this.store = store;
    this.graph = graph;
    this.el = {
      root,
      summary: root.querySelector('#filters-summary'),
      types: root.querySelector('#filter-types'),
      fade: root.querySelector('#filter-fade'),
      reset: root.querySelector('#filters-reset'),
    };
    root.addEventListener('change', (e) => this.onChange(e.target));
    root.addEventListener('click', (e) => this.onClick(e.target.closest('button[data-action]')));
    this.el.reset.addEventListener('click', () => store.setFilters(defaultFilters()));
    store.addEventListener('meta', () => this.renderTypes());
    store.addEventListener('graph', () => this.syncCounts());
    store.addEventListener('filters', () => this.sync());
    this.sync();
  }

  update(changes) {
    this.store.setFilters({ ...this.store.filters, ...changes });
  }

  onChange(input) {
    if (input.name === 'conf') this.update({ minConfidence: input.value });
    else if (input.name === 'src') this.update({ sourced: input.value });
    else if (input === this.el.fade) this.update({ mode: input.checked ? 'fade' : 'hide' });
    else if (input.dataset.type) {
      const hiddenTypes = new Set(this.store.filters.hiddenTypes);
      if (input.checked) hiddenTypes.delete(input.dataset.type);
      else hiddenTypes.add(input.dataset.type);
      this.update({ hiddenTypes });
    }
  }

  onClick(button) {
    if (!button) return;
    const all = this.typeNames();
    if (button.dataset.action === 'types-all') this.update({ hiddenTypes: new Set() });
    else if (button.dataset.action === 'types-none') this.update({ hiddenTypes: new Set(all) });
  }

  typeNames() {
    const meta = this.store.meta || {};
    return (Array.isArray(meta.relationshipTypes) ? meta.relationshipTypes : [])
      .filter((t) => t && typeof t.name === 'string').map((t) => t.name);
  }

  renderTypes() {
    const totals = new Map((this.store.meta.relationshipTypes || []).map((t) => [t.name, t.count]));
    const items = this.typeNames().sort().map((name) => {
      const li = el('li');
      li.dataset.type = name;
      const label = el('label', 'check');
      const box = el('input');
      box.type = 'checkbox';
      box.dataset.type = name;
      label.append(box, el('span', 'type-name', name), el('span', 'count'));
      li.dataset.total = Number.isFinite(totals.get(name)) ? totals.get(name).toLocaleString() : '?';
      li.append(label);
      return li;
    });
    this.el.types.replaceChildren(...items);
    this.syncCounts();
    this.sync();
  }

  syncCounts() {
    showCounts(this.el.types, 'type', this.graph.counts().types);
  }

  sync() {
    const f = this.store.filters;
    const { root, types, fade, summary } = this.el;
    root.querySelectorAll('input[name="conf"]').forEach((r) => { r.checked = r.value === f.minConfidence; });
    root.querySelectorAll('input[name="src"]').forEach((r) => { r.checked = r.value === f.sourced; });
    types.querySelectorAll('input[data-type]').forEach((box) => { box.checked = !f.hiddenTypes.has(box.dataset.type); });
    fade.checked = f.mode === 'fade';
    summary.textContent = isFiltering(f) ? `Filtered: ${describeFilters(f)}.` : 'Everything is shown.';
  }
}
