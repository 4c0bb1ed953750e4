// The date on the graph (#time-badge): "As of …" with a way back to any time, or the two dates compared with the
// key of the three comparison styles. Shown only while a date or a comparison is set.

import { el } from './dom.js';

const KEY = ['appeared', 'ended', 'stayed'];

export class TimeBadge {
  constructor(root, { store }) {
    this.store = store;
    this.root = root;
    root.addEventListener('click', (e) => {
      const button = e.target.closest('button[data-action]');
      if (button && button.dataset.action === 'any-time') store.setDate(null);
      else if (button && button.dataset.action === 'stop-compare') store.setComparison(null);
    });
    store.addEventListener('date', () => this.render());
    store.addEventListener('comparison', () => this.render());
  }

  button(text, action, label) {
    const button = el('button', 'small', text);
    button.type = 'button';
    button.dataset.action = action;
    button.setAttribute('aria-label', label);
    return button;
  }

  render() {
    const { date, comparison } = this.store;
    const parts = [];
    if (comparison) {
      parts.push(el('strong', null, `${comparison.a} → ${comparison.b}`));
      const key = el('ul', 'compare-key');
      key.setAttribute('aria-label', 'Comparison styles');
      KEY.forEach((name) => {
        const li = el('li');
        li.append(el('span', `line line-${name}`), document.createTextNode(name));
        key.append(li);
      });
      parts.push(key, this.button('Stop', 'stop-compare', 'Stop comparing'));
    } else if (date) {
      parts.push(el('strong', null, `As of ${date}`), this.button('Any time', 'any-time', 'Show any time'));
    }
    this.root.replaceChildren(...parts);
    this.root.hidden = !parts.length;
  }
}
