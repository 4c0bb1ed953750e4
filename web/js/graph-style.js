// The Cytoscape stylesheet. Node colour and shape come per label from /api/meta (through store.styleFor);
// edges whose confidence is not "high" are dashed (medium) or dotted (low) and lighter (in large graphs only
// lighter); relationships that cite no source are drawn in the accent colour. Labels stay readable when zoomed
// out: below zoom 1 they grow in model units (up to 1.8×, `labelScale`) so that they keep their size on screen,
// and past that, labels that would be drawn smaller than 8 px disappear instead of turning into grey mush;
// expanded nodes have larger labels.

import { isLabelName } from './palette.js';
import { OVERLAY_STYLE } from './graph-overlays.js';

const INK = '#1f2933';
const EDGE = '#8795a1';
const ACCENT = '#d1495b';
const RESULT = '#0b5cad';

// Styling costs per property set on each element, even to Cytoscape's default: rules leave defaults out (node
// shape ellipse, labels centred, edges straight "haystack" lines), and edges carry label settings only where they
// have a label.
const EDGE_LABEL = {
  'font-size': 9,
  'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  color: '#52606d',
  'text-rotation': 'autorotate',
  'text-outline-color': '#ffffff',
  'text-outline-width': 2,
  'min-zoomed-font-size': 7,
};

/** `color` (#rrggbb) as it looks at `alpha` over white. */
function overWhite(color, alpha) {
  const rgb = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  return `#${rgb.map((v) => Math.round(255 - (255 - v) * alpha).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Edges whose confidence is not high: dashed or dotted and lighter. Large graphs only make them lighter, in one
 * property: dash patterns and opacity cost the software canvas and the styling (measured at 1,000 / 5,000 with a
 * third of the edges medium: adding, laying out and drawing took 1.2–1.4 s with dashes, 0.66–0.77 s without).
 */
function confidenceRules(large) {
  const lighter = (style, alpha) => (large ? { 'line-color': overWhite(EDGE, alpha) } : { ...style, opacity: alpha });
  return [
    { selector: 'edge[confidence = "medium"]', style: lighter({ 'line-style': 'dashed', 'line-dash-pattern': [6, 3] }, 0.75) },
    { selector: 'edge[confidence = "low"]', style: lighter({ 'line-style': 'dotted' }, 0.55) },
    { selector: 'edge[!confidence]', style: lighter({ 'line-style': 'dotted' }, 0.55) },
  ];
}

const BASE = [
  {
    selector: 'node',
    style: {
      'background-color': '#888888',
      width: 26,
      height: 26,
      label: 'data(name)',
      color: INK,
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
      'font-size': 12,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': 140,
      'min-zoomed-font-size': 8,
    },
  },
  { selector: 'node.expanded', style: { width: 34, height: 34, 'font-weight': 600, 'font-size': 20, 'min-zoomed-font-size': 4, 'text-max-width': 320 } },
  { selector: 'node.more', style: { 'border-style': 'dashed', 'border-color': INK, 'border-width': 2 } },
  { selector: 'edge', style: { 'line-color': EDGE } },
  ...confidenceRules(false),
  { selector: 'edge.unsourced', style: { 'line-color': ACCENT, 'target-arrow-color': ACCENT, 'line-style': 'dotted' } },
  { selector: 'edge.near, edge:selected', style: { label: 'data(type)', ...EDGE_LABEL } },
  { selector: 'node.pinned', style: { 'border-width': 3, 'border-color': INK, 'border-style': 'double' } },
  ...OVERLAY_STYLE,
  { selector: '.faded', style: { opacity: 0.22, 'text-opacity': 0.4 } },
  { selector: 'edge.faded', style: { opacity: 0.12 } },
  // story scenes (scene-stage.js): the highlighted part, labelled with its footnote numbers, and the rest
  { selector: '.backdrop', style: { opacity: 0.4, 'text-opacity': 0.6 } },
  { selector: 'node.spotlit', style: { 'border-width': 3, 'border-color': INK, 'font-weight': 700, 'z-index': 9 } },
  {
    selector: 'edge.spotlit',
    style: {
      ...EDGE_LABEL, label: 'data(sceneLabel)', width: 3, 'line-color': INK, 'target-arrow-color': INK, color: INK, 'font-size': 11,
      'text-rotation': 'none', 'text-background-color': '#ffffff', 'text-background-opacity': 0.9,
      'text-background-padding': 2, 'text-outline-width': 0, 'z-index': 9,
    },
  },
  // the last console result (result-stage.js)
  { selector: 'node.result', style: { 'border-width': 3, 'border-color': RESULT, 'border-style': 'solid' } },
  { selector: 'edge.result', style: { width: 2.5, 'line-color': RESULT, 'target-arrow-color': RESULT } },
  {
    selector: 'node:selected',
    style: { 'border-width': 4, 'border-color': ACCENT, 'border-style': 'solid', 'z-index': 10, 'font-weight': 700 },
  },
  {
    selector: 'edge:selected',
    style: { width: 3.5, 'line-color': ACCENT, 'target-arrow-color': ACCENT, opacity: 1, 'z-index': 10 },
  },
  { selector: '.off-fade', style: { opacity: 0.12, 'text-opacity': 0 } },
  { selector: '.off-hide', style: { display: 'none' } },
];

/**
 * What normal-sized graphs draw and large ones leave out (graph-view.js decides when): node borders, label
 * outlines, curved edges with arrows, fading nodes in and out, tighter highlight outlines. Large graphs get straight
 * "haystack" edges and fewer labels instead; leaving properties out rather than overriding them makes styling a
 * large graph cheaper.
 */
const DETAIL_NODE = {
  selector: 'node',
  style: {
    'border-width': 1.5, 'border-color': '#ffffff', 'text-outline-color': '#ffffff', 'text-outline-width': 2, 'text-outline-opacity': 0.9,
    'overlay-padding': 4, 'transition-property': 'opacity', 'transition-duration': 150,
  },
};
const DETAIL_EDGE = {
  selector: 'edge',
  style: {
    width: 1.6, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'target-arrow-color': EDGE, 'arrow-scale': 0.8,
    'overlay-padding': 3,
  },
};
const LARGE_CONFIDENCE = new Map(confidenceRules(true).map((rule) => [rule.selector, rule]));
const LARGE = [
  { selector: 'edge', style: { width: 1 } }, // straight "haystack" lines: Cytoscape's default curve style
  { selector: 'node', style: { 'min-zoomed-font-size': 12 } },
];

/**
 * The WebGL renderer (renderer.js) draws labels whatever their size on screen (it ignores min-zoomed-font-size),
 * so below the zoom where the canvas renderer would drop them they are taken out of the stylesheet; expanded and
 * selected nodes keep theirs.
 */
const NO_LABELS = [{ selector: 'node', style: { label: '' } }];
const KEPT_LABELS = [{ selector: 'node.expanded, node:selected', style: { label: 'data(name)' } }];

/**
 * The WebGL renderer draws plain node shapes with their background and border opacity only, and keeps one
 * picture per label text and colour whatever the node's opacity: faded nodes get both opacities and a paler
 * label colour instead.
 */
function forWebgl(rules) {
  return rules.map((rule) => {
    const { opacity } = rule.style;
    if (opacity === undefined || rule.selector.startsWith('edge')) return rule;
    const text = overWhite(INK, opacity * (rule.style['text-opacity'] ?? 1));
    return { ...rule, style: { ...rule.style, 'background-opacity': opacity, 'border-opacity': opacity, color: text } };
  });
}

/** Whether plain node labels are drawn at `zoom` (the canvas renderer's rule: min-zoomed-font-size above). */
export function labelsReadable(zoom, { large = false, labelScale = 1 } = {}) {
  return 12 * labelScale * zoom >= (large ? 12 : 8);
}

/** Label sizes for a zoom level below 1 (see the top of this file). */
function scaled(k) {
  return [
    { selector: 'node', style: { 'font-size': 12 * k, 'text-max-width': 140 * k, 'text-margin-y': 4 * k, 'text-outline-width': 2 * k } },
    { selector: 'node.expanded', style: { 'font-size': Math.max(20, 14 * k), 'text-max-width': 320 } },
  ];
}

/**
 * Full stylesheet for the given labels (names from meta or seen in payloads); `large` for big graphs,
 * `labelScale` (≥ 1) to keep labels readable when zoomed out; `webgl` for the WebGL renderer, with `hideLabels`
 * to leave plain node labels out.
 */
export function buildStyle(labels, styleFor, { large = false, labelScale = 1, webgl = false, hideLabels = false } = {}) {
  const perLabel = [];
  for (const name of labels) {
    if (!isLabelName(name)) continue; // only names valid in the dataset format reach a selector
    const { color, shape } = styleFor(name);
    perLabel.push({ selector: `node[label = "${name}"]`, style: { 'background-color': color, shape } });
  }
  // per-label rules first so that selection and expansion rules below still win; the detail or large-graph rules
  // right after the plain node and edge rules, so that they add to those but not to the class rules
  const base = large ? BASE.map((rule) => LARGE_CONFIDENCE.get(rule.selector) || rule) : BASE;
  const afterEdge = base.findIndex((rule) => rule.selector === 'edge') + 1;
  const rules = [base[0], ...(large ? [] : [DETAIL_NODE]), ...(hideLabels ? NO_LABELS : []), ...perLabel, base[1],
    ...(hideLabels ? KEPT_LABELS : []), ...(labelScale > 1 ? scaled(labelScale) : []), ...base.slice(2, afterEdge),
    ...(large ? LARGE : [DETAIL_EDGE]), ...base.slice(afterEdge)];
  return webgl ? forWebgl(rules) : rules;
}
