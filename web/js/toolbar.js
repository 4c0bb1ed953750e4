// The graph toolbar (#toolbar): fit, layout choice and re-run, pin, start view, clear, PNG and JSON exports;
// and the header's "Copy link". Actions are also reachable from the empty state through run().

import { LAYOUTS } from './layouts.js';
import { loadStartView } from './start.js';
import { exportJson, exportPng, exportSnapshot, exportSvg } from './export.js';
import { el } from './dom.js';

export class Toolbar {
  constructor(root, { store, graph, share, search, copyLink }) {
    Object.assign(this, { store, graph, share, search });
    this.el = { root, select: root.querySelector('#layout-select'), pin: root.querySelector('#pin-button'), copyLink };
    this.el.select.replaceChildren(...LAYOUTS.map((l) => {
      const option = el('option', null, l.title);
      option.value = l.name;
      return option;
    }));
    this.el.select.value = store.layout;
    this.el.select.addEventListener('change', () => store.requestLayout(this.el.select.value));
    root.addEventListener('click', (e) => {
      const button = e.target.closest('button[data-action]');
      if (button) this.run(button.dataset.action);
    });
    copyLink.addEventListener('click', () => this.copyLink());
    store.addEventListener('layout', () => { this.el.select.value = store.layout; });
    store.addEventListener('selection', () => this.syncPin());
    store.addEventListener('positions', () => this.syncPin());
    this.syncPin();
  }

  async run(action) {
    const { store, graph, share } = this;
    try {
      if (action === 'fit') graph.fit();
      else if (action === 'layout') await graph.layout(store.layout);
      else if (action === 'pin') this.togglePin();
      else if (action === 'png') await exportPng(graph, store);
      else if (action === 'json') await exportJson(graph, store);
      else if (action === 'svg') exportSvg(graph, store);
      else if (action === 'snapshot') await exportSnapshot(graph, store);
      else if (action === 'clear') {
        await share.transaction(() => graph.clear());
        store.message('Graph cleared. Search for an entity to start again.');
        this.search.focus();
      } else if (action === 'start') {
        await share.transaction(async () => {
          graph.clear();
          await loadStartView(graph, store);
        });
      }
    } catch (err) {
      store.error(err, `Could not ${['json', 'png', 'svg', 'snapshot'].includes(action) ? 'export' : 'do that'}`);
    }
  }

  selectedNode() {
    const sel = this.store.selection;
    return sel && sel.kind === 'node' ? this.graph.positions().find((p) => p.id === sel.id) : null;
  }

  togglePin() {
    const node = this.selectedNode();
    if (!node) {
      this.store.message('Select a node first, then pin it to keep it in place through layouts.');
      return;
    }
    this.graph.setPinned([node.id], !node.pinned);
    this.store.message(`${this.graph.nodeName(node.id)} ${node.pinned ? 'unpinned' : 'pinned: layouts leave it where it is'}.`);
  }

  syncPin() {
    const node = this.selectedNode();
    const { pin } = this.el;
    pin.textContent = node && node.pinned ? 'Unpin' : 'Pin';
    pin.setAttribute('aria-pressed', String(!!(node && node.pinned)));
  }

  async copyLink() {
    this.share.write();
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      this.store.message('Link to this view copied. Anyone with access to this explorer sees the same graph.');
    } catch {
      this.store.message(`Copy this link to share the view: ${url}`);
    }
  }
}
