// The query library as a picker (#console-library): GET /api/queries, loaded the first time the console opens.
// Choosing a query shows its description and parameters and puts its Cypher, with the parameters' defaults,
// into the editor (it does not run it).

import { api } from './api.js';
import { el, displayValue } from './dom.js';

export class QueryLibrary {
  constructor({ select, about }, { store, onPick }) {
    this.store = store;
    this.el = { select, about };
    this.queries = [];
    this.loading = null;
    select.addEventListener('change', () => {
      const query = this.queries.find((q) => q.name === select.value);
      this.describe(query);
      if (query) onPick(query);
    });
  }

  /** Loads the library once; a failure can be retried by opening the console again. */
  load() {
    if (!this.loading) {
      this.loading = api.queries().then((queries) => {
        this.queries = Array.isArray(queries) ? queries.filter((q) => q && typeof q.name === 'string') : [];
        this.render();
      }, (err) => {
        this.loading = null;
        this.store.error(err, 'Could not load the query library');
      });
    }
    return this.loading;
  }

  render() {
    const { select } = this.el;
    const first = el('option', null, `Choose one of ${this.queries.length} queries…`);
    first.value = '';
    const options = [...this.queries].sort((a, b) => String(a.title).localeCompare(String(b.title))).map((q) => {
      const option = el('option', null, q.title || q.name);
      option.value = q.name;
      return option;
    });
    select.replaceChildren(first, ...options);
  }

  describe(query) {
    const { about } = this.el;
    if (!query) {
      about.replaceChildren();
      return;
    }
    const parts = [el('p', 'library-description', query.description || '')];
    const params = Array.isArray(query.parameters) ? query.parameters : [];
    if (params.length) {
      const list = el('dl', 'props library-params');
      params.forEach((p) => list.append(el('dt', null, `$${p.name}`),
        el('dd', null, `${p.description || ''} (default ${displayValue(p.default)})`)));
      parts.push(list);
    }
    about.replaceChildren(...parts);
  }

  /** Forgets the choice (the editor now holds something else). */
  reset() {
    this.el.select.value = '';
    this.describe(null);
  }

  /** The parameters' defaults as the request's params object. */
  static defaults(query) {
    const params = Array.isArray(query.parameters) ? query.parameters : [];
    return Object.fromEntries(params.map((p) => [p.name, p.default]));
  }
}
