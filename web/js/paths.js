// Path panel (#paths): from/to pickers (entity autocomplete), a label pattern and relationship types (with
// templates, built in or saved in this browser), mode, k, max hops and direction → GET /api/paths as of the time
// slider's date. Picking a path adds its elements to the graph and highlights it (the rest fades). The search
// and the picked path are store.path, so they go into the URL and come back with it (share.js part).

import { api } from './api.js';
import { EntityCombobox } from './combobox.js';
import { el, labelBadge } from './dom.js';
import { apiParams, describePattern, pathRequest } from './path-request.js';
import { PatternEditor } from './path-pattern.js';
import { PathResults } from './path-results.js';
import { BUILT_IN, deleteTemplate, findTemplate, saveTemplate, savedTemplates } from './paths-templates.js';

const ENDS = ['from', 'to'];
const END_TEXT = {
  from: { label: 'From', placeholder: 'e.g. State Council', list: 'Entities to start from', use: 'Start from the node selected on the graph' },
  to: { label: 'To', placeholder: 'e.g. Jakarta', list: 'Entities to end at', use: 'End at the node selected on the graph' },
};

/** One end's picker from the page's template, with ids path-<end>, path-<end>-results, -status and -chosen. */
function endPicker(template, end) {
  const picker = template.content.firstElementChild.cloneNode(true);
  const part = (name) => picker.querySelector(`[data-part="${name}"]`);
  const text = END_TEXT[end];
  Object.assign(part('input'), { id: `path-${end}`, placeholder: text.placeholder });
  part('input').setAttribute('aria-controls', `path-${end}-results`);
  Object.assign(part('label'), { htmlFor: `path-${end}`, textContent: text.label });
  Object.assign(part('list'), { id: `path-${end}-results` });
  part('list').setAttribute('aria-label', text.list);
  Object.assign(part('status'), { id: `path-${end}-status` });
  Object.assign(part('chosen'), { id: `path-${end}-chosen` });
  Object.assign(part('use'), { title: text.use });
  part('use').dataset.end = end;
  return picker;
}

export class PathsPanel {
  constructor(root, { store, graph, share }) {
    this.store = store;
    this.graph = graph;
    const $ = (selector) => root.querySelector(selector);
    this.el = {
      root, form: $('#path-form'), mode: $('#path-mode'), k: $('#path-k'), hops: $('#path-hops'),
      direction: $('#path-direction'), template: $('#path-template'), templateName: $('#path-template-name'),
      deleteTemplate: $('[data-action="template-delete"]'), asOf: $('#path-asof'),
    };
    this.ends = { from: null, to: null };
    $('#path-ends').replaceChildren(...ENDS.map((end) => endPicker($('#path-end-template'), end)));
    this.boxes = Object.fromEntries(ENDS.map((end) => [end, new EntityCombobox({
      input: $(`#path-${end}`), list: $(`#path-${end}-results`), status: $(`#path-${end}-status`), store,
      optionPrefix: `path-${end}-option`, onChoose: (result) => this.setEnd(end, result),
    })]));
    this.pattern = new PatternEditor(root, { store });
    this.results = new PathResults(root);
    this.answer = null;
    this.seq = 0;
    ENDS.forEach((end) => $(`#path-${end}`).addEventListener('input', () => this.setEnd(end, null, false)));
    this.el.form.addEventListener('submit', (e) => { e.preventDefault(); this.submit(); });
    this.el.mode.addEventListener('change', () => this.syncMode());
    this.el.template.addEventListener('change', () => this.applyTemplate(this.el.template.value));
    root.addEventListener('click', (e) => this.onClick(e.target.closest('button[data-action]')));
    store.addEventListener('date', () => this.syncDate());
    store.addEventListener('graph', (e) => { if (e.detail.reason === 'clear') this.unpick(); });
    share.addPart((view) => this.restore(view.path));
    this.renderTemplates();
    this.syncMode();
    this.syncDate();
  }

  onClick(button) {
    if (!button) return;
    const { action } = button.dataset;
    const index = Number(button.dataset.index);
    if (this.pattern.act(action, index)) this.el.template.value = '';
    else if (action === 'pick') this.pick(index);
    else if (action === 'use-selected') this.useSelected(button.dataset.end);
    else if (action === 'swap') this.swap();
    else if (action === 'template-save') this.saveTemplate(this.el.templateName.value.trim());
    else if (action === 'template-delete') this.deleteTemplate();
    else if (action === 'clear-highlight') this.unpick();
    else if (action === 'show-cypher') this.results.toggleCypher();
    else if (action === 'copy-cypher') this.copyCypher();
    else if (action === 'cypher-console') this.store.openConsole(this.answer.cypher, this.answer.params, 'this path search');
    else if (action === 'open-time') this.store.setPanel('time');
  }

  /** Sets (or with null forgets) one end; `fill` also writes its name into the picker. */
  setEnd(end, entity, fill = true) {
    this.ends[end] = entity ? { id: entity.id, name: entity.name || entity.id, label: entity.label } : null;
    const chosen = this.el.root.querySelector(`#path-${end}-chosen`);
    if (!entity) {
      chosen.replaceChildren();
      return;
    }
    if (fill) this.boxes[end].el.input.value = this.ends[end].name;
    chosen.replaceChildren(labelBadge(entity.label, this.store), el('span', 'entity-id', entity.id));
  }

  useSelected(end) {
    const sel = this.store.selection;
    const data = sel && sel.kind === 'node' ? this.graph.elementData(sel.id) : null;
    if (data) this.setEnd(end, data);
    else this.store.message('Select a node on the graph first.');
  }

  swap() {
    const { from, to } = this.ends;
    this.setEnd('from', to);
    this.setEnd('to', from);
    ENDS.forEach((end) => { if (!this.ends[end]) this.boxes[end].el.input.value = ''; });
  }

  syncMode() {
    this.el.k.disabled = this.el.mode.value !== 'k-shortest';
  }

  syncDate() {
    const { date } = this.store;
    const link = el('button', 'link-button', date ? 'change it in the Time panel' : 'set a date in the Time panel');
    link.type = 'button';
    link.dataset.action = 'open-time';
    this.el.asOf.replaceChildren(document.createTextNode(date ? `As of ${date} — ` : 'Any time — '), link);
  }

  /** The request the form describes, or null (with a message) when an end is missing. */
  request() {
    const missing = ENDS.filter((end) => !this.ends[end]);
    if (missing.length) {
      this.results.status(`Pick ${missing.join(' and ')} from the suggestions first.`, 'error');
      this.boxes[missing[0]].focus();
      return null;
    }
    const unknown = this.pattern.missing();
    if (unknown.length) this.store.message(`This dataset has no ${unknown.join(', ')}: the search will say so.`);
    return pathRequest({
      from: this.ends.from.id, to: this.ends.to.id, mode: this.el.mode.value, k: this.el.k.value,
      maxHops: this.el.hops.value, direction: this.el.direction.value, ...this.pattern.value, asOf: this.store.date,
    });
  }

  submit() {
    const request = this.request();
    if (request) this.search(request, 0);
  }

  /** Runs a search; picks path `pick` (null: none) when it is there. Resolves when the graph shows it. */
  async search(request, pick) {
    const seq = ++this.seq;
    this.results.searching(request, { from: this.ends.from.name, to: this.ends.to.name });
    try {
      const answer = await api.paths(apiParams(request));
      if (seq !== this.seq) return;
      this.answer = { request, ...answer };
      this.results.show(request, answer, { from: this.ends.from.name, to: this.ends.to.name });
      const found = Array.isArray(answer.paths) && answer.paths[pick];
      if (found) this.pick(pick);
      else this.unpick();
    } catch (err) {
      if (seq === this.seq) this.results.failed(err);
    }
  }

  /** Adds path `index` of the answer to the graph and highlights it. */
  pick(index) {
    const answer = this.answer;
    const path = answer && answer.paths[index];
    if (!path) return;
    const ids = new Set([...path.nodes, ...path.edges]);
    const payload = { nodes: answer.nodes.filter((n) => ids.has(n.data.id)), edges: answer.edges.filter((e) => ids.has(e.data.id)) };
    const added = this.graph.addPath(payload, path.nodes);
    this.store.setHighlight(ids);
    this.store.setPath({ request: answer.request, pick: index });
    if (added.nodes.nonempty() || added.edges.nonempty()) this.store.graphChanged('path');
    this.results.picked(index);
  }

  /** No path highlighted; the search stays (in the panel and the URL). */
  unpick() {
    this.store.setHighlight(null);
    if (this.answer) this.store.setPath({ request: this.answer.request, pick: null });
    this.results.picked(null);
  }

  /** The path search of a view (share.js part): fills the form and searches, unless the panel has its answer. */
  async restore(path) {
    if (!path) {
      this.store.setHighlight(null);
      this.store.setPath(null);
      this.results.picked(null);
      return;
    }
    const { request, pick } = path;
    if (this.answer && JSON.stringify(request) === JSON.stringify(this.answer.request)) {
      if (pick === null) this.unpick();
      else this.pick(pick);
      return;
    }
    const ends = await Promise.all(ENDS.map((end) => api.entity(request[end]).catch(() => null)));
    ENDS.forEach((end, i) => this.setEnd(end, ends[i] || { id: request[end] }));
    this.fill(request);
    this.store.setPath(path);
    await this.search(request, pick);
  }

  fill({ mode, k, maxHops, direction, via, types }) {
    Object.assign(this.el.mode, { value: mode });
    Object.assign(this.el.k, { value: String(k) });
    Object.assign(this.el.hops, { value: String(maxHops) });
    Object.assign(this.el.direction, { value: direction });
    this.pattern.set({ via, types });
    this.syncMode();
  }

  renderTemplates() {
    const option = (value, text) => Object.assign(el('option', null, text), { value });
    const group = (label, options) => {
      const g = el('optgroup');
      g.label = label;
      g.append(...options);
      return g;
    };
    const saved = savedTemplates();
    this.el.template.replaceChildren(option('', 'Choose a template…'),
      group('Built in', BUILT_IN.map((t, i) => option(`built-in:${i}`, t.name))),
      ...(saved.length ? [group('Saved in this browser', saved.map((t) => option(`saved:${t.name}`, t.name)))] : []));
    this.el.deleteTemplate.hidden = true;
  }

  applyTemplate(key) {
    const template = key ? findTemplate(key) : null;
    this.el.deleteTemplate.hidden = !key.startsWith('saved:');
    if (!template) return;
    const { mode, k, hops, direction } = this.el;
    this.fill({ mode: template.mode || mode.value, k: template.k || k.value, maxHops: template.maxHops || hops.value,
      direction: template.direction || direction.value, via: template.via, types: template.types });
    const over = template.types.length ? ` over ${template.types.join(', ')}` : '';
    this.store.message(`Template “${template.name}”: through ${describePattern(template.via)}${over}.`);
  }

  saveTemplate(name) {
    if (!name) {
      this.el.templateName.focus();
      this.store.message('Give the pattern a name to save it.');
      return;
    }
    const { via, types } = this.pattern.value;
    try {
      saveTemplate({ name, via, types, mode: this.el.mode.value, k: Number(this.el.k.value),
        maxHops: Number(this.el.hops.value), direction: this.el.direction.value });
    } catch (err) {
      this.store.error(err, 'Could not save the template (browser storage full or disabled)');
      return;
    }
    this.renderTemplates();
    this.el.template.value = `saved:${name}`;
    this.el.deleteTemplate.hidden = false;
    this.el.templateName.value = '';
    this.store.message(`Saved the template “${name}” in this browser.`);
  }

  deleteTemplate() {
    const key = this.el.template.value;
    if (!key.startsWith('saved:')) return;
    deleteTemplate(key.slice(6));
    this.renderTemplates();
    this.store.message(`Deleted the template “${key.slice(6)}”.`);
  }

  async copyCypher() {
    try {
      await navigator.clipboard.writeText(this.results.cypher);
      this.store.message('Cypher and parameters copied.');
    } catch {
      window.getSelection().selectAllChildren(this.el.root.querySelector('#path-cypher-text'));
      this.store.message('Selected the Cypher: press Ctrl+C (⌘C) to copy it.');
    }
  }
}
