// Time panel, second part (#compare): two dates A and B. The graph marks what appeared (valid at B, not at A),
// what ended (valid at A, not at B) and what stayed, in three styles (graph-overlays.js) with a key; the list
// says the same in words. It compares what is on screen; store.comparison, in the URL as cmp=A~B.

import { el, selectButton } from './dom.js';
import { changeBetween, isPartialDate } from './time-rules.js';

const GROUPS = [
  { key: 'appeared', title: 'Appeared' },
  { key: 'ended', title: 'Ended' },
  { key: 'stayed', title: 'Stayed' },
];
const MAX_ITEMS = 150;

function period(data) {
  if (data.since && data.until) return ` (${data.since} to ${data.until})`;
  if (data.since) return ` (since ${data.since})`;
  return data.until ? ` (until ${data.until})` : '';
}

export class ComparePanel {
  constructor(root, { store, graph }) {
    this.store = store;
    this.graph = graph;
    const $ = (selector) => root.querySelector(selector);
    this.el = { form: $('#compare-form'), a: $('#compare-a'), b: $('#compare-b'), stop: $('#compare-stop'),
      summary: $('#compare-summary'), result: $('#compare-result') };
    this.el.form.addEventListener('submit', (e) => { e.preventDefault(); this.submit(); });
    this.el.stop.addEventListener('click', () => store.setComparison(null));
    this.el.result.addEventListener('click', (e) => {
      const button = e.target.closest('button[data-action="select"]');
      if (button) store.select(button.dataset.kind, button.dataset.id);
    });
    const refresh = () => { if (store.comparison) this.render(); };
    store.addEventListener('comparison', () => this.render());
    store.addEventListener('graph', refresh);
    store.addEventListener('filters', refresh);
    this.render();
  }

  submit() {
    const [a, b] = [this.el.a.value.trim(), this.el.b.value.trim()];
    const bad = [[this.el.a, a], [this.el.b, b]].filter(([input, text]) => {
      input.toggleAttribute('aria-invalid', !isPartialDate(text));
      return !isPartialDate(text);
    });
    if (bad.length) {
      this.el.summary.textContent = 'Type both dates as YYYY, YYYY-MM or YYYY-MM-DD.';
      bad[0][0].focus();
      return;
    }
    this.store.setComparison({ a, b });
  }

  /** What changed between the dates among what passes the filters: {appeared, ended, stayed} item lists. */
  changes({ a, b }) {
    const { nodes, edges } = this.graph.snapshot();
    const names = new Map(nodes.map((n) => [n.data.id, n.data.name]));
    const name = (id) => names.get(id) || this.graph.nodeName(id);
    const groups = { appeared: [], ended: [], stayed: [] };
    edges.forEach(({ data }) => {
      const change = changeBetween(data, true, a, b);
      if (groups[change]) groups[change].push({ kind: 'edge', id: data.id, text: `${name(data.source)} —${data.type}→ ${name(data.target)}${period(data)}` });
    });
    nodes.forEach(({ data }) => {
      if (changeBetween(data, false, a, b) === 'appeared') groups.appeared.push({ kind: 'node', id: data.id, text: `${data.name} (${data.label})` });
    });
    Object.values(groups).forEach((list) => list.sort((x, y) => x.text.localeCompare(y.text)));
    return groups;
  }

  render() {
    const cmp = this.store.comparison;
    const { a, b, stop, summary, result } = this.el;
    stop.disabled = !cmp;
    result.replaceChildren();
    if (!cmp) {
      summary.textContent = 'Pick two dates to see what appeared, what ended and what stayed on screen.';
      return;
    }
    if (document.activeElement !== a) a.value = cmp.a;
    if (document.activeElement !== b) b.value = cmp.b;
    const groups = this.changes(cmp);
    const count = (key) => groups[key].length;
    summary.textContent = `From ${cmp.a} to ${cmp.b}, on screen: ${count('appeared')} appeared, ${count('ended')} ended, `
      + `${count('stayed')} stayed. Faint: valid at neither date.`;
    result.append(...GROUPS.map(({ key, title }) => {
      const section = el('section', 'compare-group');
      section.dataset.change = key;
      const heading = el('h4');
      heading.append(el('span', `line line-${key}`), document.createTextNode(` ${title} (${count(key)})`));
      const list = el('ul', 'compare-list');
      groups[key].slice(0, MAX_ITEMS).forEach((item) => {
        const li = el('li');
        li.dataset.id = item.id;
        li.append(selectButton(item.text, item.kind, item.id));
        list.append(li);
      });
      if (count(key) > MAX_ITEMS) list.append(el('li', 'hint', `and ${count(key) - MAX_ITEMS} more`));
      section.append(heading, list);
      return section;
    }));
  }
}
