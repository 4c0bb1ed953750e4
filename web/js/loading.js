// The loading indicator (#loading: a bar under the header, shown when work has been in flight for 300 ms, so
// quick answers never flash it) and the empty state (#empty-state: what to do when the graph holds nothing).

import { onBusyChange } from './busy.js';

const DELAY_MS = 300;

export class LoadingIndicator {
  constructor(root, { graphEl }) {
    this.root = root;
    this.graphEl = graphEl;
    this.timer = 0;
    onBusyChange((pending) => this.update(pending));
  }

  update(pending) {
    clearTimeout(this.timer);
    if (pending > 0) {
      this.graphEl.setAttribute('aria-busy', 'true');
      if (this.root.hidden) this.timer = setTimeout(() => { this.root.hidden = false; }, DELAY_MS);
    } else {
      this.graphEl.removeAttribute('aria-busy');
      this.root.hidden = true;
    }
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
