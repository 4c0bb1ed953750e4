// Legend (#legend): one entry per label from /api/meta with its colour, shape and counts (on screen / in the
// data); clicking an entry hides or shows that label's nodes (a filter, see filter-rules.js). A key below
// explains the edge styles.

import { el, showCounts, swatch } from './dom.js';

export class LegendPanel {
  constructor(root, { store, graph }) {
    this.store = store;
    this.graph = graph;
    this.el = {
      root,
      toggle: root.querySelector('#legend-toggle'),
      content: root.querySelector('#legend-content'),
      list: root.querySelector('#legend-labels'),
      dataset: root.querySelector('#legend-dataset'),
    };
    store.addEventListener('meta', () => this.render());
    store.addEventListener('filters', () => this.syncPressed());
    store.addEventListener('graph', () => this.syncCounts());
    this.el.list.addEventListener('click', (e) => {
      const entry = e.target.closest('button') && e.target.closest('li[data-label]');
      if (entry) store.toggleLabel(entry.dataset.label);
    });
    this.el.toggle.addEventListener('click', () => this.setOpen(this.el.toggle.getAttribute('aria-expanded') !== 'true'));
    // on small screens the legend would cover most of the graph: start folded
    if (window.matchMedia('(max-width: 900px), (max-height: 560px)').matches) this.setOpen(false);
  }

  setOpen(open) {
    this.el.toggle.setAttribute('aria-expanded', String(open));
    this.el.content.hidden = !open;
  }

  render() {
    const meta = this.store.meta || {};
    const labels = (Array.isArray(meta.labels) ? meta.labels : [])
      .filter((l) => l && typeof l.name === 'string')
      .sort((a, b) => (b.count || 0) - (a.count || 0) || a.name.localeCompare(b.name));
    const items = labels.map((l) => {
      const li = el('li', 'legend-entry');
      li.dataset.label = l.name;
      li.dataset.total = Number.isFinite(l.count) ? l.count.toLocaleString() : '?';
      const button = el('button', 'legend-button');
      button.type = 'button';
      button.append(swatch(l.name, this.store), el('span', 'legend-name', l.name), el('span', 'count'));
      li.append(button);
      return li;
    });
    this.el.list.replaceChildren(...items);
    const ds = meta.dataset;
    this.el.dataset.textContent = ds && ds.name ? `${ds.name}${ds.version ? ` ${ds.version}` : ''}` : '';
    this.syncCounts();
    this.syncPressed();
  }

  syncCounts() {
    showCounts(this.el.list, 'label', this.graph.counts().labels);
  }

  syncPressed() {
    const hidden = this.store.filters.hiddenLabels;
    this.el.list.querySelectorAll('li[data-label]').forEach((li) => {
      const shown = !hidden.has(li.dataset.label);
      const button = li.querySelector('button');
      button.setAttribute('aria-pressed', String(shown));
      button.title = `${shown ? 'Hide' : 'Show'} ${li.dataset.label} nodes`;
      li.classList.toggle('is-hidden', !shown);
    });
  }
}
