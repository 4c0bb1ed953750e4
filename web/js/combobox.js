// Entity autocomplete: an ARIA 1.2 combobox (an input owning a listbox) over GET /api/search, used by the header
// search and the path pickers. ↑/↓ move, Enter chooses (the first result if none is active), Esc closes; mouse
// works too. What happens to the chosen entity is the owner's `onChoose(result)`.

import { api } from './api.js';
import { labelBadge } from './dom.js';

const DEBOUNCE_MS = 120;
const LIMIT = 10;

export class EntityCombobox {
  /** `optionPrefix` makes the options' ids unique on the page (aria-activedescendant points at them). */
  constructor({ input, list, status, store, optionPrefix, onChoose }) {
    this.store = store;
    this.optionPrefix = optionPrefix;
    this.onChoose = onChoose;
    this.el = { input, list, status };
    this.results = [];
    this.query = '';
    this.active = -1;
    this.seq = 0;
    this.timer = 0;
    this.controller = null;
    this.enterPending = false;
    this.bind();
  }

  bind() {
    const { input, list } = this.el;
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('keydown', (e) => this.onKey(e));
    input.addEventListener('blur', () => this.close());
    input.addEventListener('focus', () => { if (this.results.length && input.value.trim()) this.open(); });
    list.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the input
    list.addEventListener('click', (e) => {
      const option = e.target.closest('[role="option"]');
      if (option) this.choose(Number(option.dataset.index));
    });
    list.addEventListener('mousemove', (e) => {
      const option = e.target.closest('[role="option"]');
      if (option && Number(option.dataset.index) !== this.active) this.setActive(Number(option.dataset.index), false);
    });
  }

  focus() {
    this.el.input.focus();
  }

  schedule() {
    clearTimeout(this.timer);
    this.enterPending = false;
    const q = this.el.input.value.trim();
    if (!q) {
      this.seq++;
      if (this.controller) this.controller.abort();
      this.render([], '');
      return;
    }
    this.timer = setTimeout(() => this.run(q), DEBOUNCE_MS);
  }

  async run(q) {
    const seq = ++this.seq;
    if (this.controller) this.controller.abort();
    this.controller = new AbortController();
    try {
      const answer = await api.search(q, { limit: LIMIT, signal: this.controller.signal });
      if (seq !== this.seq) return;
      this.render(Array.isArray(answer.results) ? answer.results.filter((r) => r && typeof r.id === 'string') : [], q);
      if (this.enterPending) {
        this.enterPending = false;
        if (this.results.length) this.choose(Math.max(this.active, 0));
      }
    } catch (err) {
      if (err && err.name === 'AbortError') return;
      if (seq !== this.seq) return;
      this.render([], '');
      this.el.status.textContent = 'Search failed.';
      this.store.error(err, 'Search failed');
    }
  }

  render(results, query = '') {
    const { list, input, status } = this.el;
    this.results = results;
    this.query = query;
    this.active = -1;
    input.removeAttribute('aria-activedescendant');
    const items = results.map((r, i) => {
      const li = document.createElement('li');
      li.id = `${this.optionPrefix}-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset.id = r.id;
      li.dataset.index = String(i);
      const name = document.createElement('span');
      name.className = 'option-name';
      name.textContent = r.name || r.id;
      li.append(name, labelBadge(r.label, this.store));
      const hint = this.matchedText(r);
      if (hint) {
        const small = document.createElement('span');
        small.className = 'option-matched';
        small.textContent = hint;
        li.append(small);
      }
      return li;
    });
    list.replaceChildren(...items);
    const q = query;
    if (q && !results.length) {
      const empty = document.createElement('li');
      empty.className = 'empty';
      empty.setAttribute('role', 'presentation');
      empty.textContent = `No entities match “${q}”.`;
      list.append(empty);
    }
    status.textContent = q ? `${results.length} result${results.length === 1 ? '' : 's'}` : '';
    if (q && document.activeElement === input) this.open();
    else this.close();
  }

  /** What the query hit when it was not the name: `matched` names the field, `matchedText` the text. */
  matchedText(r) {
    const field = typeof r.matched === 'string' ? r.matched : '';
    const text = typeof r.matchedText === 'string' ? r.matchedText : '';
    if (!field || field === 'name' || !text || text === r.name) return '';
    const short = text.length > 80 ? `${text.slice(0, 77)}…` : text;
    return `${field}: ${short}`;
  }

  open() {
    this.el.list.hidden = false;
    this.el.input.setAttribute('aria-expanded', 'true');
  }

  close() {
    this.el.list.hidden = true;
    this.el.input.setAttribute('aria-expanded', 'false');
    this.el.input.removeAttribute('aria-activedescendant');
  }

  get isOpen() {
    return !this.el.list.hidden;
  }

  setActive(index, scroll = true) {
    const options = this.el.list.querySelectorAll('[role="option"]');
    if (!options.length) return;
    this.active = (index + options.length) % options.length;
    options.forEach((o, i) => o.setAttribute('aria-selected', String(i === this.active)));
    const option = options[this.active];
    this.el.input.setAttribute('aria-activedescendant', option.id);
    if (scroll) option.scrollIntoView({ block: 'nearest' });
  }

  onKey(e) {
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        e.preventDefault();
        if (!this.results.length) return;
        if (!this.isOpen) this.open();
        this.setActive(this.active + (e.key === 'ArrowDown' ? 1 : (this.active < 0 ? 0 : -1)));
        break;
      case 'Enter':
        e.preventDefault();
        if (this.query !== this.el.input.value.trim()) this.enterPending = true; // results still on their way
        else if (this.results.length) this.choose(Math.max(this.active, 0));
        break;
      case 'Escape':
        if (this.isOpen) {
          e.preventDefault();
          this.close();
        }
        break;
      case 'Tab':
        this.close();
        break;
      default:
    }
  }

  choose(index) {
    const result = this.results[index];
    if (!result) return;
    this.close();
    this.el.input.value = result.name || result.id;
    this.onChoose(result);
  }
}
