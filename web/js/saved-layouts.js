// Layouts panel (#layouts): pinned-node count with "unpin all", and named layouts saved in this browser's
// localStorage. A saved layout is the view without positions (a query string, url-state.js) plus every node's
// position by entity id; opening it rebuilds the view from today's data and puts each node back where it was
// (entities new since then go next to their neighbours).

import { el } from './dom.js';
import { decode, encode } from './url-state.js';

const KEY = 'aigeo.explorer.layouts.v1';

function readAll() {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(KEY) || '[]');
    return Array.isArray(parsed) ? parsed.filter((l) => l && typeof l.name === 'string' && typeof l.search === 'string') : [];
  } catch {
    return [];
  }
}

function writeAll(layouts) {
  window.localStorage.setItem(KEY, JSON.stringify(layouts));
}

export class SavedLayoutsPanel {
  constructor(root, { store, graph, share }) {
    this.store = store;
    this.graph = graph;
    this.share = share;
    this.el = {
      root,
      pins: root.querySelector('#pins-summary'),
      form: root.querySelector('#layout-save'),
      name: root.querySelector('#layout-name'),
      list: root.querySelector('#saved-layouts'),
    };
    this.el.form.addEventListener('submit', (e) => { e.preventDefault(); this.save(this.el.name.value.trim()); });
    root.addEventListener('click', (e) => this.onClick(e.target.closest('button[data-action]')));
    store.addEventListener('positions', () => this.syncPins());
    store.addEventListener('graph', () => this.syncPins());
    this.render();
    this.syncPins();
  }

  onClick(button) {
    if (!button) return;
    const { action, name } = button.dataset;
    if (action === 'unpin-all') this.graph.setPinned(this.graph.positions().filter((p) => p.pinned).map((p) => p.id), false);
    else if (action === 'open') this.open(name);
    else if (action === 'delete') {
      writeAll(readAll().filter((l) => l.name !== name));
      this.render();
      this.store.message(`Deleted the saved layout “${name}”.`);
    }
  }

  save(name) {
    if (!name) return;
    const view = { ...this.share.current(), positions: [], selection: null };
    const entry = { name, savedAt: new Date().toISOString(), search: encode(view), positions: this.graph.positions() };
    try {
      writeAll([entry, ...readAll().filter((l) => l.name !== name)]);
    } catch (err) {
      this.store.error(err, 'Could not save the layout (browser storage full or disabled)');
      return;
    }
    this.el.name.value = '';
    this.render();
    this.store.message(`Saved the layout “${name}” (${entry.positions.length} nodes) in this browser.`);
  }

  async open(name) {
    const entry = readAll().find((l) => l.name === name);
    if (!entry) return;
    const view = decode(entry.search);
    view.positions = Array.isArray(entry.positions) ? entry.positions : [];
    await this.share.transaction(() => this.share.restore(view));
    this.store.message(`Opened the layout “${name}” with today’s data.`);
  }

  render() {
    const items = readAll().map((l) => {
      const li = el('li', 'saved-layout');
      li.dataset.name = l.name;
      const open = el('button', 'link-button', l.name);
      Object.assign(open.dataset, { action: 'open', name: l.name });
      open.title = `Open the layout “${l.name}”`;
      const remove = el('button', 'small', 'Delete');
      Object.assign(remove.dataset, { action: 'delete', name: l.name });
      remove.setAttribute('aria-label', `Delete the layout “${l.name}”`);
      const when = typeof l.savedAt === 'string' ? l.savedAt.slice(0, 16).replace('T', ' ') : '';
      li.append(open, el('span', 'hint', `${(l.positions || []).length} nodes · ${when}`), remove);
      return li;
    });
    if (!items.length) items.push(el('li', 'hint', 'No saved layouts yet.'));
    this.el.list.replaceChildren(...items);
  }

  syncPins() {
    const pinned = this.graph.positions().filter((p) => p.pinned).length;
    this.el.pins.textContent = pinned
      ? `${pinned} pinned node${pinned === 1 ? '' : 's'}: layouts leave them where they are.`
      : 'No pinned nodes. Select a node and press P (or the Pin button) to keep it in place through layouts.';
  }
}
