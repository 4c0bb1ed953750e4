// The header search (#search-panel): entity autocomplete (combobox.js) whose choice is shown, selected and
// centred on the graph; the slash key comes back to it from anywhere outside a text field.

import { api } from './api.js';
import { EntityCombobox } from './combobox.js';

export class SearchPanel {
  constructor(root, { store, graph, onChosen }) {
    this.store = store;
    this.graph = graph;
    this.onChosen = onChosen;
    this.box = new EntityCombobox({
      input: root.querySelector('#search'),
      list: root.querySelector('#search-results'),
      status: root.querySelector('#search-status'),
      store,
      optionPrefix: 'search-option',
      onChoose: (result) => this.show(result),
    });
    document.addEventListener('keydown', (e) => {
      const typing = e.target.closest && e.target.closest('input, textarea, select, [contenteditable="true"]');
      if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        this.box.focus();
        this.box.el.input.select();
      }
    });
  }

  focus() {
    this.box.focus();
  }

  async show(result) {
    try {
      const entity = await api.entity(result.id);
      this.graph.showEntity(entity, result.label);
      this.store.message(`${result.name} (${result.label}) selected. Press Enter or double-click to expand its neighbours.`);
      if (this.onChosen) this.onChosen(result);
    } catch (err) {
      this.store.error(err, `Could not open ${result.name || result.id}`);
    }
  }
}
