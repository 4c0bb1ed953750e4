// "Show Cypher": any button marked data-show-cypher opens the console with the Cypher and parameters of what the
// page runs for that action, as the server reports them (explain=true):
//   data-show-cypher="search"                 the search in the header's box (#search)
//   data-show-cypher="neighbors" data-id=…    expanding that node: its last expansion's types and limit, or the
//                                             first expansion's when it has none yet
// Path results already carry their Cypher: the paths panel passes it on with store.openConsole(cypher, params, title).

import { api } from './api.js';
import { FIRST_LIMIT } from './expansion.js';

export class ShowCypher {
  constructor(root, { store, graph, searchInput }) {
    this.store = store;
    this.graph = graph;
    this.searchInput = searchInput;
    root.addEventListener('click', (e) => {
      const button = e.target.closest('button[data-show-cypher]');
      if (button) this.show(button.dataset.showCypher, button.dataset.id);
    });
  }

  async show(action, id) {
    try {
      const found = action === 'search' ? await this.search() : await this.neighbors(id);
      if (found) this.store.openConsole(found.answer.cypher, found.answer.params, found.title);
    } catch (err) {
      this.store.error(err, 'Could not get the Cypher');
    }
  }

  async search() {
    const q = this.searchInput.value.trim();
    if (!q) {
      this.store.message('Type something in the search box first: its Cypher opens in the console.');
      return null;
    }
    return { answer: await api.explainSearch(q), title: `the search “${q}”` };
  }

  async neighbors(id) {
    const last = this.store.expansions.get(id);
    const answer = await api.explainNeighbors(id, {
      limit: last ? last.limit : FIRST_LIMIT, types: last ? last.types : undefined, asOf: this.store.date || undefined,
    });
    return { answer, title: `expanding ${this.graph.nodeName(id)}` };
  }
}
