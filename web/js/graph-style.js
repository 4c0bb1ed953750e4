// The Cytoscape stylesheet. Node colour and shape come per label from /api/meta (through store.styleFor);
// edges whose confidence is not "high" are dashed (medium) or dotted (low) and lighter.

import { isLabelName } from './palette.js';

const INK = '#1f2933';
const EDGE = '#8795a1';
const ACCENT = '#d1495b';

const BASE = [
  {
    selector: 'node',
    style: {
      'background-color': '#888888',
      shape: 'ellipse',
      width: 26,
      height: 26,
      'border-width': 1.5,
      'border-color': '#ffffff',
      label: 'data(name)',
      color: INK,
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
      'font-size': 12,
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': 140,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'text-outline-opacity': 0.9,
      'min-zoomed-font-size': 6,
      'overlay-padding': 4,
      'transition-property': 'opacity',
      'transition-duration': 150,
    },
  },
  { selector: 'node.expanded', style: { width: 34, height: 34, 'font-weight': 600, 'font-size': 20, 'min-zoomed-font-size': 4, 'text-max-width': 320 } },
  { selector: 'node.more', style: { 'border-style': 'dashed', 'border-color': INK, 'border-width': 2 } },
  {
    selector: 'edge',
    style: {
      width: 1.6,
      'line-color': EDGE,
      'target-arrow-color': EDGE,
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      'font-size': 9,
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      color: '#52606d',
      'text-rotation': 'autorotate',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'min-zoomed-font-size': 7,
      'overlay-padding': 3,
    },
  },
  { selector: 'edge[confidence = "medium"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 3], opacity: 0.75 } },
  { selector: 'edge[confidence = "low"]', style: { 'line-style': 'dotted', opacity: 0.55 } },
  { selector: 'edge[!confidence]', style: { 'line-style': 'dotted', opacity: 0.55 } },
  { selector: 'edge.near, edge:selected', style: { label: 'data(type)' } },
  { selector: '.faded', style: { opacity: 0.22, 'text-opacity': 0.4 } },
  { selector: 'edge.faded', style: { opacity: 0.12 } },
  {
    selector: 'node:selected',
    style: { 'border-width': 4, 'border-color': ACCENT, 'border-style': 'solid', 'z-index': 10, 'font-weight': 700 },
  },
  {
    selector: 'edge:selected',
    style: { width: 3.5, 'line-color': ACCENT, 'target-arrow-color': ACCENT, opacity: 1, 'z-index': 10 },
  },
  { selector: '.label-hidden', style: { display: 'none' } },
];

/** Full stylesheet for the given labels (names from meta or seen in payloads). */
export function buildStyle(labels, styleFor) {
  const perLabel = [];
  for (const name of labels) {
    if (!isLabelName(name)) continue; // only names valid in the dataset format reach a selector
    const { color, shape } = styleFor(name);
    perLabel.push({ selector: `node[label = "${name}"]`, style: { 'background-color': color, shape } });
  }
  // per-label rules first so that selection and expansion rules below still win
  return [BASE[0], ...perLabel, ...BASE.slice(1)];
}
