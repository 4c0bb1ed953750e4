// The pattern part of the path panel: an ordered list of labels the path passes through (`via`, endpoints
// included), built from the labels in the data, and the relationship types it may use (none ticked = any).

import { el, labelBadge } from './dom.js';

export class PatternEditor {
  constructor(root, { store }) {
    this.store = store;
    this.el = {
      via: root.querySelector('#path-via'),
      label: root.querySelector('#path-via-label'),
      types: root.querySelector('#path-types'),
      typesSummary: root.querySelector('#path-types-summary'),
    };
    this.via = [];
    this.el.types.addEventListener('change', () => this.syncTypes());
    store.addEventListener('meta', () => this.renderChoices());
  }

  /** {via, types} as chosen. */
  get value() {
    const types = [...this.el.types.querySelectorAll('input[data-type]:checked')].map((box) => box.dataset.type);
    return { via: [...this.via], types };
  }

  set({ via = [], types = [] }) {
    this.via = [...via];
    const wanted = new Set(types);
    this.el.types.querySelectorAll('input[data-type]').forEach((box) => { box.checked = wanted.has(box.dataset.type); });
    this.renderVia();
    this.syncTypes();
  }

  /** Handles the pattern's buttons (data-action via-add, via-earlier, via-remove, via-clear); false for others. */
  act(action, index) {
    if (action === 'via-add' && this.el.label.value) this.via.push(this.el.label.value);
    else if (action === 'via-earlier' && index > 0) this.via.splice(index - 1, 0, ...this.via.splice(index, 1));
    else if (action === 'via-remove') this.via.splice(index, 1);
    else if (action === 'via-clear') this.via = [];
    else return false;
    this.renderVia();
    return true;
  }

  names(key) {
    const list = this.store.meta && Array.isArray(this.store.meta[key]) ? this.store.meta[key] : [];
    return list.filter((x) => x && typeof x.name === 'string' && x.name !== 'Source').map((x) => x.name).sort();
  }

  renderChoices() {
    this.el.label.replaceChildren(...this.names('labels').map((name) => {
      const option = el('option', null, name);
      option.value = name;
      return option;
    }));
    const chosen = new Set(this.value.types);
    this.el.types.replaceChildren(...this.names('relationshipTypes').map((name) => {
      const box = el('input');
      box.type = 'checkbox';
      box.dataset.type = name;
      box.checked = chosen.has(name);
      const label = el('label', 'check');
      label.append(box, el('span', 'type-name', name));
      const li = el('li');
      li.append(label);
      return li;
    }));
    this.renderVia();
    this.syncTypes();
  }

  renderVia() {
    const known = new Set(this.names('labels'));
    const items = this.via.map((label, i) => {
      const li = el('li', 'via-step');
      li.dataset.label = label;
      if (this.store.meta && !known.has(label)) {
        li.classList.add('is-missing');
        li.title = `There is no ${label} in this dataset`;
      }
      const earlier = el('button', 'small icon', '↑');
      Object.assign(earlier.dataset, { action: 'via-earlier', index: String(i) });
      earlier.setAttribute('aria-label', `Move ${label} earlier`);
      earlier.disabled = i === 0;
      const remove = el('button', 'small icon', '×');
      Object.assign(remove.dataset, { action: 'via-remove', index: String(i) });
      remove.setAttribute('aria-label', `Remove ${label} from the pattern`);
      li.append(labelBadge(label, this.store), earlier, remove);
      return li;
    });
    if (!items.length) items.push(el('li', 'hint', 'Any route (no pattern).'));
    this.el.via.replaceChildren(...items);
  }

  syncTypes() {
    const { types } = this.value;
    this.el.typesSummary.textContent = types.length ? types.join(', ') : 'any';
  }

  /** Labels of the pattern that the data does not have. */
  missing() {
    const known = new Set(this.names('labels'));
    return this.store.meta ? this.via.filter((label) => !known.has(label)) : [];
  }
}
