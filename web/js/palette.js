// Colours and shapes per label. The server's /api/meta decides; these are the fallbacks.
// Colours are from the Okabe–Ito and Paul Tol palettes, which stay distinguishable with colour-vision
// deficiencies; shapes differ per label too, so colour is never the only cue.

const FALLBACK = {
  Country: { color: '#56B4E9', shape: 'round-rectangle' },
  Government: { color: '#D55E00', shape: 'hexagon' },
  Person: { color: '#CC79A7', shape: 'ellipse' },
  Policy: { color: '#E69F00', shape: 'tag' },
  Lab: { color: '#0072B2', shape: 'round-diamond' },
  Organization: { color: '#882255', shape: 'round-pentagon' },
  CloudProvider: { color: '#009E73', shape: 'round-octagon' },
  CloudRegion: { color: '#44AA99', shape: 'triangle' },
  Model: { color: '#332288', shape: 'ellipse' },
  License: { color: '#999933', shape: 'rhomboid' },
  Event: { color: '#AA4499', shape: 'star' },
  Source: { color: '#888888', shape: 'rectangle' },
};

const CYCLE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#882255', '#44AA99',
  '#332288', '#999933', '#AA4499', '#117733'];

export const SHAPES = new Set(['ellipse', 'triangle', 'round-triangle', 'rectangle', 'round-rectangle',
  'bottom-round-rectangle', 'cut-rectangle', 'barrel', 'rhomboid', 'right-rhomboid', 'diamond', 'round-diamond',
  'pentagon', 'round-pentagon', 'hexagon', 'round-hexagon', 'concave-hexagon', 'heptagon', 'round-heptagon',
  'octagon', 'round-octagon', 'star', 'tag', 'round-tag', 'vee']);

const LABEL_NAME = /^[A-Z][A-Za-z0-9]*$/;

/** True for label names that are safe to put into a Cytoscape selector (the dataset format enforces this). */
export function isLabelName(name) {
  return typeof name === 'string' && LABEL_NAME.test(name);
}

function hash(text) {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return Math.abs(h);
}

/** Colours Cytoscape understands: hex, rgb(a), hsl(a) or a plain colour name, and valid CSS. */
export function validColor(value) {
  if (typeof value !== 'string') return false;
  const v = value.trim();
  if (!/^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(v) && !/^(rgb|hsl)a?\([\d\s.,%]+\)$/i.test(v) && !/^[a-z]+$/i.test(v)) {
    return false;
  }
  return typeof CSS === 'undefined' || CSS.supports('color', v);
}

/** {color, shape} for a label, taking meta's values when they are usable. */
export function labelStyle(name, metaLabel) {
  const fallback = FALLBACK[name] || { color: CYCLE[hash(String(name)) % CYCLE.length], shape: 'ellipse' };
  const color = metaLabel && validColor(metaLabel.color) ? metaLabel.color.trim() : fallback.color;
  const shape = metaLabel && SHAPES.has(metaLabel.shape) ? metaLabel.shape : fallback.shape;
  return { color, shape };
}
