// "On screen" panel (#list): what the graph shows, as two sortable tables — entities and relationships — for
// screen readers, keyboard users and copying. Only what passes the filters is listed. A name selects the
// entity or relationship on the graph. Rendered while the panel is open, so a big graph costs nothing otherwise.

import { el, formatDate, selectButton } from './dom.js';

const CONFIDENCE_ORDER = { high: 3, medium: 2, low: 1 };
const BIGGEST_FIRST = new Set(['degree', 'confidence', 'sources']); // first click on these sorts descending

const NODE_COLUMNS = {
  name: (r) => r.name,
  label: (r) => r.label,
  degree: (r) => r.degree,
};

const EDGE_COLUMNS = {
  from: (r) => r.from,
  type: (r) => r.type,
  to: (r) => r.to,
  confidence: (r) => CONFIDENCE_ORDER[r.confidence] || 0,
  since: (r) => r.since || '',
  sources: (r) => r.sources,
};

function compare(a, b) {
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
}

function row(cells) {
  const tr = el('tr');
  cells.forEach((c) => { const td = el('td'); td.append(c); tr.append(td); });
  return tr;
}

export class ListView {
  constructor(root, { store, graph }) {
    this.store = store;
    this.graph = graph;
    this.el = {
      root,
      summary: root.querySelector('#list-summary'),
      nodes: root.querySelector('#list-nodes'),
      edges: root.querySelector('#list-edges'),
    };
    this.sort = { nodes: { key: 'name', dir: 1 }, edges: { key: 'from', dir: 1 } };
    root.addEventListener('click', (e) => this.onClick(e));
    const refresh = () => { if (store.panel === 'list') this.render(); };
    ['graph', 'filters', 'panel'].forEach((type) => store.addEventListener(type, refresh));
  }

  onClick(e) {
    const sortButton = e.target.closest('button[data-sort]');
    if (sortButton) {
      const table = sortButton.closest('table') === this.el.nodes ? 'nodes' : 'edges';
      const current = this.sort[table];
      const key = sortButton.dataset.sort;
      this.sort[table] = { key, dir: current.key === key ? -current.dir : (BIGGEST_FIRST.has(key) ? -1 : 1) };
      this.render();
      return;
    }
    const select = e.target.closest('button[data-action="select"]');
    if (select) this.store.select(select.dataset.kind, select.dataset.id);
  }

  rows() {
    const { nodes, edges } = this.graph.snapshot();
    const names = new Map(nodes.map((n) => [n.data.id, String(n.data.name)]));
    const degree = new Map();
    const edgeRows = edges.map(({ data }) => {
      degree.set(data.source, (degree.get(data.source) || 0) + 1);
      degree.set(data.target, (degree.get(data.target) || 0) + 1);
      return {
        id: data.id, from: names.get(data.source) || data.source, to: names.get(data.target) || data.target,
        type: data.type, confidence: data.confidence || 'unstated', since: formatDate(data.since, data.sincePrecision),
        sources: Array.isArray(data.sources) ? data.sources.length : 0,
      };
    });
    const nodeRows = nodes.map(({ data }) => ({ id: data.id, name: String(data.name), label: data.label, degree: degree.get(data.id) || 0 }));
    return { nodeRows, edgeRows };
  }

  sorted(list, table, columns) {
    const { key, dir } = this.sort[table];
    const value = columns[key];
    return [...list].sort((a, b) => dir * compare(value(a), value(b)) || compare(a.id, b.id));
  }

  render() {
    const { nodeRows, edgeRows } = this.rows();
    this.el.summary.textContent = `${nodeRows.length} entities and ${edgeRows.length} relationships shown`
      + ' (what the filters hide is not listed). Sort by a column by choosing its heading.';
    this.el.nodes.tBodies[0].replaceChildren(...this.sorted(nodeRows, 'nodes', NODE_COLUMNS)
      .map((r) => row([selectButton(r.name, 'node', r.id), r.label, String(r.degree)])));
    this.el.edges.tBodies[0].replaceChildren(...this.sorted(edgeRows, 'edges', EDGE_COLUMNS)
      .map((r) => row([r.from, selectButton(r.type, 'edge', r.id), r.to, r.confidence, r.since, String(r.sources)])));
    this.syncHeadings(this.el.nodes, this.sort.nodes);
    this.syncHeadings(this.el.edges, this.sort.edges);
  }

  syncHeadings(table, { key, dir }) {
    table.querySelectorAll('th').forEach((th) => {
      const button = th.querySelector('button[data-sort]');
      if (button.dataset.sort === key) th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    });
  }
}
