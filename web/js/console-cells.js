// The cells of a console result (POST /api/cypher rows), as the server writes them: a node is {id, label, name},
// a relationship {id, type, source, target}, a path {length, nodes, relationships}; lists, maps and plain values
// as they are. Each cell has a text (for sorting and CSV) and a DOM rendering where nodes and relationships are
// buttons that select them on the graph (data-kind, data-id). Text only through textContent.

import { el } from './dom.js';

const sameKeys = (value, keys) => {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((k) => own.includes(k));
};

/** 'node', 'relationship', 'path', 'list', 'map', 'null' or 'value'. */
export function kindOf(value) {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value !== 'object') return 'value';
  if (sameKeys(value, ['id', 'label', 'name']) && typeof value.id === 'string') return 'node';
  if (sameKeys(value, ['id', 'type', 'source', 'target'])) return 'relationship';
  if (sameKeys(value, ['length', 'nodes', 'relationships']) && Array.isArray(value.nodes)) return 'path';
  return 'map';
}

/** Names of the nodes a result draws, by id: relationship cells carry only their ends' ids. */
export function namesOf(graph) {
  const nodes = graph && Array.isArray(graph.nodes) ? graph.nodes : [];
  return new Map(nodes.filter((n) => n && n.data).map((n) => [n.data.id, String(n.data.name || n.data.id)]));
}

const nameOf = (id, names) => names.get(id) || id;

/** A cell as plain text: "DeepSeek (lab:deepseek)", "DeepSeek -[DEVELOPS]-> DeepSeek-R1", lists in [ ]. */
export function cellText(value, names) {
  switch (kindOf(value)) {
    case 'null': return '';
    case 'node': return `${value.name || value.id} (${value.id})`;
    case 'relationship': return `${nameOf(value.source, names)} -[${value.type}]-> ${nameOf(value.target, names)}`;
    case 'path': return value.nodes.map((n) => n.name || n.id).join(' → ');
    case 'list': return `[${value.map((v) => cellText(v, names)).join(', ')}]`;
    case 'map': return `{${Object.entries(value).map(([k, v]) => `${k}: ${cellText(v, names)}`).join(', ')}}`;
    default: return String(value);
  }
}

/** What a column sorts by: numbers as numbers, nodes by name, relationships by type, the rest by text. */
export function sortKey(value, names) {
  const kind = kindOf(value);
  if (kind === 'value' && typeof value === 'number') return value;
  if (kind === 'node') return String(value.name || value.id);
  if (kind === 'relationship') return String(value.type);
  return cellText(value, names);
}

function selectButton(text, kind, id, title) {
  const button = el('button', 'link-button', text);
  Object.assign(button.dataset, { kind, id });
  button.title = title;
  return button;
}

function nodeButton(node) {
  return selectButton(node.name || node.id, 'node', node.id, `${node.label} ${node.id}: select on the graph`);
}

function joined(parts, separator, open = '', close = '') {
  const span = el('span', 'cell-group');
  if (open) span.append(open);
  parts.forEach((part, i) => {
    if (i) span.append(separator);
    span.append(part);
  });
  if (close) span.append(close);
  return span;
}

/** The cell's rendering: a node or relationship button, a chain of them for a path, nested for lists and maps. */
export function cellNode(value, names) {
  switch (kindOf(value)) {
    case 'null': return el('span', 'cell-null', 'null');
    case 'node': {
      const wrap = el('span', 'cell-node');
      wrap.append(nodeButton(value), el('span', 'cell-id', value.id));
      return wrap;
    }
    case 'relationship':
      return selectButton(cellText(value, names), 'edge', value.id, 'Select on the graph');
    case 'path': // names only: the ids are in the buttons' titles
      return joined(value.nodes.map(nodeButton), ' → ');
    case 'list':
      return joined(value.map((v) => cellNode(v, names)), ', ', '[', ']');
    case 'map':
      return joined(Object.entries(value).map(([k, v]) => {
        const entry = el('span', null, `${k}: `);
        entry.append(cellNode(v, names));
        return entry;
      }), ', ', '{', '}');
    default:
      return el('span', typeof value === 'number' ? 'cell-number' : null, String(value));
  }
}
