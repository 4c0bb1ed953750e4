// Recent console queries (#console-history), kept in this browser's localStorage: the last runs, newest first,
// one entry per query and parameters. Each can be put back into the editor or run again.

import { el } from './dom.js';

const KEY = 'aigeo.explorer.console-history.v1';
const MAX = 25;

const isEntry = (e) => e && typeof e.query === 'string' && typeof e.params === 'string';

function load() {
  try {
    const stored = JSON.parse(window.localStorage.getItem(KEY) || '[]');
    return Array.isArray(stored) ? stored.filter(isEntry) : [];
  } catch {
    return [];
  }
}

/** The first line of a query, shortened: what a history entry shows. */
function headline(query) {
  const line = query.trim().split('\n').find((l) => l.trim() && !l.trim().startsWith('//')) || query.trim();
  return line.length > 70 ? `${line.slice(0, 67)}…` : line;
}

export class QueryHistory {
  constructor(list, { onOpen, onRun }) {
    this.list = list;
    this.entries = load();
    list.addEventListener('click', (e) => {
      const button = e.target.closest('button[data-action]');
      const entry = button && this.entries[Number(button.dataset.index)];
      if (!entry) return;
      if (button.dataset.action === 'history-open') onOpen(entry);
      else if (button.dataset.action === 'history-run') onRun(entry);
    });
    this.render();
  }

  /** Remembers a run ({query, params (JSON text), limit}); the same query with the same parameters moves up. */
  add({ query, params, limit }) {
    const others = this.entries.filter((e) => e.query !== query || e.params !== params);
    this.entries = [{ query, params, limit, at: new Date().toISOString() }, ...others].slice(0, MAX);
    try {
      window.localStorage.setItem(KEY, JSON.stringify(this.entries));
    } catch {
      // storage full or disabled: the list still works for this page
    }
    this.render();
  }

  render() {
    const items = this.entries.map((entry, i) => {
      const li = el('li', 'history-entry');
      const open = el('button', 'link-button history-query', headline(entry.query));
      Object.assign(open.dataset, { action: 'history-open', index: String(i) });
      open.title = entry.query;
      const run = el('button', 'small', 'Run');
      Object.assign(run.dataset, { action: 'history-run', index: String(i) });
      run.setAttribute('aria-label', `Run again: ${headline(entry.query)}`);
      const when = new Date(entry.at);
      li.append(open, el('span', 'hint', Number.isNaN(when.getTime()) ? '' : when.toLocaleString()), run);
      return li;
    });
    this.list.replaceChildren(...(items.length ? items : [el('li', 'hint', 'Queries you run are listed here.')]));
  }
}
