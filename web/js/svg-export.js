// An SVG of what is on screen, drawn from the graph's positions and computed styles (cytoscape-svg is GPL-3.0,
// which this Apache-2.0 project cannot ship). Nodes keep their shape and colour, edges their dash and arrow, and
// every text goes in through the DOM, so dataset text can never become markup.

const NS = 'http://www.w3.org/2000/svg';
const SIDES = {
  triangle: 3, 'round-triangle': 3, diamond: 4, 'round-diamond': 4, rhomboid: 4, vee: 4, pentagon: 5,
  'round-pentagon': 5, tag: 5, 'round-tag': 5, hexagon: 6, 'round-hexagon': 6, 'concave-hexagon': 6,
  heptagon: 7, 'round-heptagon': 7, octagon: 8, 'round-octagon': 8,
};

function node(name, attributes = {}, text) {
  const element = document.createElementNS(NS, name);
  Object.entries(attributes).forEach(([key, value]) => element.setAttribute(key, String(value)));
  if (text !== undefined) element.textContent = text;
  return element;
}

function polygon(x, y, w, h, sides, star) {
  const points = [];
  const count = star ? 10 : sides;
  for (let i = 0; i < count; i += 1) {
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / count;
    const r = star && i % 2 ? 0.45 : 1;
    points.push(`${(x + (w / 2) * r * Math.cos(angle)).toFixed(1)},${(y + (h / 2) * r * Math.sin(angle)).toFixed(1)}`);
  }
  return node('polygon', { points: points.join(' ') });
}

function shape(n) {
  if (n.shape === 'ellipse') return node('ellipse', { cx: n.x, cy: n.y, rx: n.width / 2, ry: n.height / 2 });
  if (n.shape === 'star') return polygon(n.x, n.y, n.width, n.height, 5, true);
  if (SIDES[n.shape]) return polygon(n.x, n.y, n.width, n.height, SIDES[n.shape], false);
  const round = n.shape.includes('round') || n.shape === 'barrel' ? Math.min(n.width, n.height) / 4 : 0;
  return node('rect', { x: n.x - n.width / 2, y: n.y - n.height / 2, width: n.width, height: n.height, rx: round });
}

/** The SVG document (as text) of a drawing from graph.drawing(), with a title and a description. */
export function buildSvg(drawing, { title, description }) {
  const margin = 60;
  const xs = drawing.nodes.map((n) => n.x);
  const ys = drawing.nodes.map((n) => n.y);
  const [minX, minY] = [Math.min(...xs, 0) - margin, Math.min(...ys, 0) - margin];
  const [width, height] = [Math.max(...xs, 0) + margin - minX, Math.max(...ys, 0) + margin * 1.5 - minY];
  const svg = node('svg', { xmlns: NS, viewBox: `${minX} ${minY} ${width} ${height}`, width, height,
    role: 'img', 'font-family': 'system-ui, sans-serif' });
  svg.append(node('title', {}, title), node('desc', {}, description));
  const defs = node('defs');
  const marker = node('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7,
    markerHeight: 7, orient: 'auto-start-reverse' });
  marker.append(node('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#8795a1' }));
  defs.append(marker);
  svg.append(defs, node('rect', { x: minX, y: minY, width, height, fill: '#ffffff' }));
  const byId = new Map(drawing.nodes.map((n) => [n.id, n]));
  for (const e of drawing.edges) {
    const [a, b] = [byId.get(e.source), byId.get(e.target)];
    if (!a || !b) continue;
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const back = b.height / 2 + 3;
    const line = node('line', { x1: a.x, y1: a.y, x2: b.x - ((b.x - a.x) / length) * back,
      y2: b.y - ((b.y - a.y) / length) * back, stroke: e.color || '#8795a1', 'stroke-width': 1.6,
      'marker-end': 'url(#arrow)' });
    if (e.dash === 'dashed') line.setAttribute('stroke-dasharray', '6 3');
    if (e.dash === 'dotted') line.setAttribute('stroke-dasharray', '1.5 3');
    line.append(node('title', {}, e.type));
    svg.append(line);
  }
  for (const n of drawing.nodes) {
    const outline = shape(n);
    outline.setAttribute('fill', n.color || '#888888');
    outline.setAttribute('stroke', '#ffffff');
    svg.append(outline, node('text', { x: n.x, y: n.y + n.height / 2 + 14, 'text-anchor': 'middle',
      'font-size': 12, fill: '#1f2933' }, n.name));
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}
