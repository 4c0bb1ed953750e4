// The results part of the path panel: a status line (searching, found, none, error), the ranked paths as
// sentences with their sources per hop, which one is on the graph, and the Cypher that found them.

import { el, sourceItem } from './dom.js';
import { describePattern } from './path-request.js';

/** "within 6 hops through Policy → Lab as of 2023-01-01": the limits of a search, in words. */
function limits(request) {
  const parts = [`within ${request.maxHops} hop${request.maxHops === 1 ? '' : 's'}`];
  if (request.via.length) parts.push(`through ${describePattern(request.via)}`);
  if (request.types.length) parts.push(`over ${request.types.join(', ')}`);
  if (request.direction === 'out') parts.push('along the arrows');
  if (request.asOf) parts.push(`as of ${request.asOf}`);
  return parts.join(' ');
}

function hopTitle(path, i, hop, names) {
  const [a, b] = [names.get(path.nodes[i]) || path.nodes[i], names.get(path.nodes[i + 1]) || path.nodes[i + 1]];
  return hop.forward ? `${a} —${hop.type}→ ${b}` : `${a} ←${hop.type}— ${b}`;
}

export class PathResults {
  constructor(root) {
    this.el = {
      status: root.querySelector('#path-status'),
      list: root.querySelector('#path-results'),
      actions: root.querySelector('#path-actions'),
      cypher: root.querySelector('#path-cypher'),
      cypherText: root.querySelector('#path-cypher-text'),
      toggle: root.querySelector('[data-action="show-cypher"]'),
    };
  }

  status(text, kind = 'info') {
    this.el.status.textContent = text;
    this.el.status.dataset.kind = kind;
  }

  searching(request, ends) {
    this.status(`Searching paths from ${ends.from} to ${ends.to} ${limits(request)}…`, 'busy');
    this.el.list.setAttribute('aria-busy', 'true');
  }

  failed(err) {
    this.el.list.removeAttribute('aria-busy');
    const what = err && err.title ? [err.title, err.detail].filter(Boolean).join(' — ') : String(err);
    const hint = err && err.status === 504 ? ' Try fewer hops, a pattern or some relationship types.' : '';
    this.status(`Could not search paths: ${what}.${hint}`, 'error');
    this.reveal();
  }

  /** Shows an /api/paths answer for `request`. */
  show(request, answer, ends) {
    const { list, actions, cypherText } = this.el;
    list.removeAttribute('aria-busy');
    const paths = answer.paths || [];
    const names = new Map((answer.nodes || []).map((n) => [n.data.id, n.data.name]));
    if (!paths.length) this.status(`No path from ${ends.from} to ${ends.to} ${limits(request)}.`, 'empty');
    else {
      const lengths = [...new Set(paths.map((p) => p.length))];
      const hops = lengths.length === 1 ? `${lengths[0]} hop${lengths[0] === 1 ? '' : 's'}` : `${lengths[0]}–${lengths.at(-1)} hops`;
      this.status(`${paths.length} path${paths.length === 1 ? '' : 's'} of ${hops} ${limits(request)}, shortest and most confident first. Pick one to highlight it.`);
    }
    const sources = new Map((answer.sources || []).map((s) => [s.id, s]));
    list.replaceChildren(...paths.map((path, i) => this.item(path, i, names, sources)));
    cypherText.textContent = `${answer.cypher || ''}\n\n// parameters\n${JSON.stringify(answer.params || {}, null, 2)}`;
    actions.hidden = false;
    this.reveal();
  }

  /** Scrolls the panel (only it: scrollIntoView would move the page too) so the status line is at its top. */
  reveal() {
    const panel = this.el.status.closest('.panel');
    panel.scrollTop += this.el.status.getBoundingClientRect().top - panel.getBoundingClientRect().top - 8;
  }

  item(path, index, names, sourcesById) {
    const li = el('li', 'path-result');
    li.dataset.index = String(index);
    const pick = el('button', 'path-pick');
    Object.assign(pick.dataset, { action: 'pick', index: String(index) });
    pick.setAttribute('aria-pressed', 'false');
    pick.append(el('span', 'path-rank', index + 1), el('span', 'path-text', path.text));
    const meta = el('p', 'path-meta', `${path.length} hop${path.length === 1 ? '' : 's'} · confidence ${Number(path.confidence).toFixed(1)} of 3`);
    const hops = el('details', 'path-hops');
    hops.append(el('summary', null, 'Sources per hop'));
    const steps = el('ol', 'hop-list');
    (path.hops || []).forEach((hop, i) => {
      const step = el('li', 'hop');
      step.dataset.edge = hop.edge;
      const sources = el('ul', 'source-list');
      const cited = (hop.sources || []).map((id) => sourcesById.get(id)).filter(Boolean);
      cited.forEach((s) => sources.append(sourceItem(s)));
      if (!cited.length) sources.append(el('li', 'hint', 'No source given.'));
      step.append(el('span', 'hop-title', hopTitle(path, i, hop, names)), sources);
      steps.append(step);
    });
    hops.append(steps);
    li.append(pick, meta, hops);
    return li;
  }

  /** Marks the path on the graph (null: none); its sources open. */
  picked(index) {
    this.el.list.querySelectorAll('.path-result').forEach((li) => {
      const on = Number(li.dataset.index) === index;
      li.classList.toggle('is-picked', on);
      li.querySelector('.path-pick').setAttribute('aria-pressed', String(on));
      if (on) li.querySelector('.path-hops').open = true;
    });
  }

  toggleCypher(open = this.el.cypher.hidden) {
    this.el.cypher.hidden = !open;
    this.el.toggle.setAttribute('aria-expanded', String(open));
    this.el.toggle.textContent = open ? 'Hide Cypher' : 'Show Cypher';
  }

  get cypher() {
    return this.el.cypherText.textContent;
  }
}
