// Details panel (#details): properties, connections and sources of the selected node, or type, dates,
// confidence, note and sources of the selected edge ("why is this edge here?").

import { api } from './api.js';
import { el, labelBadge, externalLink, formatDate, displayValue, sourceItem } from './dom.js';

// Shown elsewhere in the panel or internal bookkeeping, so not in the property list.
const HIDDEN_NODE = new Set(['id', 'name', 'label', 'labels', 'primaryLabel', 'dataset', 'description', 'sources']);
const HIDDEN_EDGE = new Set(['id', 'source', 'target', 'type', 'sources', 'confidence', 'since', 'until', 'note',
  'dataset', 'label', 'labels']);
const LINK_PROPS = new Set(['url', 'archiveUrl']);

export class DetailsPanel {
  constructor(root, { store, graph }) {
    this.store = store;
    this.graph = graph;
    this.token = 0;
    this.el = {
      root,
      kind: root.querySelector('#details-kind'),
      title: root.querySelector('#details-title'),
      sub: root.querySelector('#details-sub'),
      body: root.querySelector('#details-body'),
      sourcesHeading: root.querySelector('#details-sources-heading'),
      sources: root.querySelector('#details-sources'),
      sourcesNote: root.querySelector('#details-sources-note'),
    };
    store.addEventListener('selection', (e) => this.show(e.detail));
    store.addEventListener('expansion', (e) => {
      const sel = store.selection;
      if (sel && sel.kind === 'node' && sel.id === e.detail.id) this.renderExpansion(e.detail.id);
    });
    root.addEventListener('click', (e) => this.onClick(e));
    this.empty();
  }

  onClick(e) {
    const button = e.target.closest('button[data-action]');
    if (!button) return;
    const { action, id, type } = button.dataset;
    if (action === 'expand') this.store.requestExpand(id);
    else if (action === 'more') this.store.requestExpand(id, { more: true, types: button.dataset.types || undefined });
    else if (action === 'expand-type') this.store.requestExpand(id, { types: type, limit: 100 });
    else if (action === 'select-node') this.store.select('node', id);
  }

  empty() {
    const { kind, title, sub, body, sources, sourcesNote, sourcesHeading } = this.el;
    this.el.root.classList.add('is-empty');
    kind.replaceChildren(document.createTextNode('Details'));
    title.textContent = 'Nothing selected';
    sub.replaceChildren();
    body.replaceChildren(el('p', 'hint', 'Click a node to see its properties and the sources that cite it, '
      + 'or click an edge to see why it is there: type, dates, confidence and sources. '
      + 'Double-click a node (or press Enter) to expand its neighbours.'));
    sourcesHeading.textContent = 'Sources';
    sources.replaceChildren();
    sourcesNote.textContent = '';
  }

  show(selection) {
    this.token++;
    if (!selection) return this.empty();
    this.el.root.classList.remove('is-empty');
    if (selection.kind === 'edge') return this.showEdge(selection.id, this.token);
    return this.showNode(selection.id, this.token);
  }

  async showNode(id, token) {
    const data = this.graph.elementData(id) || { id, name: id };
    this.renderNodeHead(data, data.labels, data);
    this.renderSources([], 'Loading sources…');
    try {
      const entity = await api.entity(id);
      if (token !== this.token) return;
      const props = { ...(entity.properties || {}) };
      const label = entity.label || data.label;
      this.renderNodeHead({ ...data, ...props, id, label, name: entity.name || props.name || data.name }, entity.labels, props,
        entity.degree);
      const sources = Array.isArray(entity.sources) ? entity.sources : [];
      const more = entity.sourcesTruncated === true;
      this.el.sourcesHeading.textContent = `Cited in ${more ? 'at least ' : ''}${sources.length} source${sources.length === 1 ? '' : 's'}`;
      this.renderSources(sources, more ? 'A hub: these are the sources of its first 1,000 relationships.'
        : sources.length ? '' : 'No relationship of this entity cites a source.');
    } catch (err) {
      if (token !== this.token) return;
      this.renderSources([], 'Details could not be loaded.');
      this.store.error(err, `Could not load ${data.name}`);
    }
  }

  renderNodeHead(data, labels, props, degree) {
    const { kind, title, sub, body } = this.el;
    const names = (Array.isArray(labels) ? labels : [data.label]).filter((l) => l && l !== 'Entity');
    const primary = data.label || names[0];
    const ordered = [primary, ...names.filter((l) => l !== primary)].filter(Boolean);
    kind.replaceChildren(...ordered.map((l) => labelBadge(l, this.store)));
    title.textContent = data.name || data.id;
    sub.replaceChildren(el('code', 'entity-id', data.id));
    const parts = [];
    if (props.description) parts.push(el('p', 'description', props.description));
    this.el.expansion = el('div', 'expansion');
    parts.push(this.el.expansion);
    if (degree && typeof degree === 'object' && Object.keys(degree).length) parts.push(this.connections(data.id, degree));
    const dl = this.propertyList(props, HIDDEN_NODE);
    if (dl) parts.push(el('h3', null, 'Properties'), dl);
    body.replaceChildren(...parts);
    this.renderExpansion(data.id);
  }

  renderExpansion(id) {
    const box = this.el.expansion;
    if (!box) return;
    const exp = this.store.expansions.get(id);
    const expand = el('button', 'primary', exp ? 'Expand again' : 'Expand neighbours');
    Object.assign(expand.dataset, { action: 'expand', id });
    const children = [];
    if (!exp) children.push(expand);
    else {
      children.push(el('p', 'expansion-note', exp.truncated
        ? `Showing ${exp.shown} of ${exp.totalText} connections${exp.types ? ` (${exp.types})` : ''}.`
        : `All ${exp.total} connections${exp.types ? ` (${exp.types})` : ''} shown.`));
      if (exp.truncated && exp.nextStep > 0) {
        const more = el('button', 'primary', `Show ${exp.nextStep} more`);
        Object.assign(more.dataset, { action: 'more', id, types: exp.types || '' });
        children.push(more);
      } else if (exp.types) {
        expand.textContent = 'Expand all types';
        children.push(expand);
      }
    }
    const cypher = el('button', 'small', 'Show Cypher');
    Object.assign(cypher.dataset, { showCypher: 'neighbors', id }); // show-cypher.js
    cypher.title = 'Open the Cypher of this expansion in the console';
    children.push(cypher);
    box.replaceChildren(...children);
  }

  connections(id, degree) {
    const section = el('section', 'connections');
    const list = el('ul', 'degree-list');
    const entries = Object.entries(degree).filter(([, n]) => Number(n) > 0).sort((a, b) => b[1] - a[1]);
    for (const [type, n] of entries) {
      const li = el('li');
      const button = el('button', 'link-button', type);
      Object.assign(button.dataset, { action: 'expand-type', id, type });
      button.title = `Expand only ${type} relationships`;
      li.append(button, el('span', 'count', n));
      list.append(li);
    }
    section.append(el('h3', null, 'Connections'), list);
    return section;
  }

  propertyList(props, hidden) {
    const dl = el('dl', 'props');
    const keys = Object.keys(props).filter((k) => !hidden.has(k) && !k.endsWith('Precision')).sort();
    for (const key of keys) {
      const value = props[key];
      if (value === null || value === undefined || value === '') continue;
      const dd = el('dd');
      if (LINK_PROPS.has(key)) dd.append(externalLink(value, value));
      else if (key === 'wikidata' && /^Q\d+$/.test(String(value))) {
        dd.append(externalLink(`https://www.wikidata.org/wiki/${value}`, value));
      } else {
        const precision = props[`${key}Precision`];
        dd.textContent = precision ? formatDate(value, precision) : displayValue(value);
      }
      dl.append(el('dt', null, key), dd);
    }
    return dl.children.length ? dl : null;
  }

  async showEdge(id, token) {
    const data = this.graph.elementData(id);
    if (!data) return this.empty();
    const { kind, title, sub, body } = this.el;
    kind.replaceChildren(el('span', 'kicker', 'Relationship'));
    title.textContent = data.type || 'Relationship';
    const from = el('button', 'link-button', this.graph.nodeName(data.source));
    Object.assign(from.dataset, { action: 'select-node', id: data.source });
    const to = el('button', 'link-button', this.graph.nodeName(data.target));
    Object.assign(to.dataset, { action: 'select-node', id: data.target });
    sub.replaceChildren(from, el('span', 'arrow', ' → '), to);

    const facts = el('dl', 'props facts');
    const add = (term, value, cls) => {
      const dd = el('dd', cls, value);
      facts.append(el('dt', null, term), dd);
    };
    const confidence = data.confidence || 'unstated';
    add('Confidence', confidence, `confidence confidence-${/^(high|medium|low)$/.test(confidence) ? confidence : 'none'}`);
    add('Since', formatDate(data.since, data.sincePrecision) || 'not stated');
    add('Until', formatDate(data.until, data.untilPrecision) || 'still true (no end date)');
    if (data.note) add('Note', data.note);
    const extra = this.propertyList(data, HIDDEN_EDGE);
    const parts = [facts];
    if (extra) parts.push(el('h3', null, 'Other properties'), extra);
    parts.push(el('p', 'edge-id', `id: ${id}`));
    body.replaceChildren(...parts);

    const ids = Array.isArray(data.sources) ? data.sources.filter((s) => typeof s === 'string') : [];
    this.el.sourcesHeading.textContent = `Sources (${ids.length})`;
    if (!ids.length) return this.renderSources([], 'No source is given for this relationship.');
    this.renderSources(ids.map((s) => ({ id: s, name: s })), 'Loading sources…');
    const sources = await Promise.all(ids.map((s) => api.entity(s).then(
      (e) => ({ id: s, ...(e.properties || {}) }),
      () => ({ id: s, name: `${s} (could not be loaded)` }),
    )));
    if (token !== this.token) return;
    this.renderSources(sources, '');
  }

  renderSources(sources, note) {
    this.el.sources.replaceChildren(...sources.map(sourceItem));
    this.el.sourcesNote.textContent = note;
  }
}
