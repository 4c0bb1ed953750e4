// The loading indicator (#loading: a bar under the header, and #loading-text: "Loading…" at the end of the graph's
// toolbar, for screen readers too; both shown when work has been in flight for 300 ms, so quick answers never flash
// them) and the empty state (#empty-state: what to do when the graph holds nothing).

import { onBusyChange } from './busy.js';

const DELAY_MS = 300;

export class LoadingIndicator {
  constructor(bar, { text, graphEl }) {
    this.parts = [bar, text];
    this.graphEl = graphEl;
    this.timer = 0;
    onBusyChange((pending) => this.update(pending));
  }

  update(pending) {
    clearTimeout(this.timer);
    if (pending > 0) {
      this.graphEl.setAttribute('aria-busy', 'true');
      if (this.parts[0].hidden) this.timer = setTimeout(() => this.show(true), DELAY_MS);
    } else {
      this.graphEl.removeAttribute('aria-busy');
      this.show(false);
    }
  }

  show(shown) {
    for (const part of this.parts) part.hidden = !shown;
  }
}

export class EmptyState {
  constructor(root, { store, graph, onAction }) {
    this.root = root;
    this.graph = graph;
    root.addEventListener('click', (e) => {
      const button = e.target.closest('button[data-action]');
      if (button) onAction(button.dataset.action);
    });
    store.addEventListener('graph', () => this.sync());
  }

  /** Shown once the first view has had its chance (data-ready), whenever the graph is empty. */
  sync() {
    const empty = this.graph.counts().labels.size === 0;
    this.root.hidden = !(empty && this.graph.container.dataset.ready === 'true');
  }
}
