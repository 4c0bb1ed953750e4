// The geographic layout: nodes with a latitude and longitude (cloud regions, or anything carrying `lat`/`lon`)
// and countries (their own lat/lon, else the centre of their ISO code) go on an equirectangular map; nodes with
// a `country` code (labs, policies, governments…) go around that country's centre; every other node goes next
// to the placed nodes it is connected to, rounds outward; what is still unplaced goes on a shelf under the
// map. Pure positions: the caller applies them (a preset layout, so pinned nodes stay).

import { centroid } from './country-centroids.js';

const SCALE = 24; // pixels per degree
const SAME_SPOT = 30; // radius for nodes sharing one location (two regions in one city)
const NEAR = 56; // first ring around the place a non-geographic node is attached to
const RING = 40;
const SLOT = 46; // arc length between nodes on a ring
const MIN_GAP = 36; // a node keeps this distance from those placed before it
const MAX_ROUNDS = 12; // rings to search for free spots before giving up on the distance
const ROUNDS = 6;

function numeric(value) {
  const n = typeof value === 'string' && value.trim() ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

function isCountry(data) {
  return data.label === 'Country' || (Array.isArray(data.labels) && data.labels.includes('Country'));
}

/** {lat, lon} of a node's data, or null when it has no place on the map. */
export function geoPoint(data) {
  const lat = numeric(data.lat);
  const lon = numeric(data.lon);
  if (lat !== null && lon !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) return { lat, lon };
  if (!isCountry(data)) return null;
  const suffix = typeof data.id === 'string' ? data.id.split(':').pop() : '';
  return centroid(data.iso2) || centroid(data.country) || (suffix.length === 2 ? centroid(suffix) : null);
}

const project = ({ lat, lon }) => ({ x: lon * SCALE, y: -lat * SCALE });

const byName = (a, b) => String(a.data('label')).localeCompare(String(b.data('label')))
  || String(a.data('name')).localeCompare(String(b.data('name'))) || a.id().localeCompare(b.id());

const isFree = (p, out) => [...out.values()].every((o) => (o.x - p.x) ** 2 + (o.y - p.y) ** 2 >= MIN_GAP * MIN_GAP);

/** Puts `group` (nodes) on rings around `center`, the first ring at `radius`, skipping spots already taken. */
function ring(group, center, radius, out) {
  if (group.length === 1 && radius === SAME_SPOT && isFree(center, out)) {
    out.set(group[0].id(), { ...center });
    return;
  }
  let placed = 0;
  for (let r = radius, round = 0; placed < group.length; r += RING, round++) {
    const capacity = Math.max(4, Math.floor((2 * Math.PI * r) / SLOT));
    for (let i = 0; i < capacity && placed < group.length; i++) {
      const a = -Math.PI / 2 + (2 * Math.PI * (i + (round % 2) / 2)) / capacity;
      const p = { x: center.x + r * Math.cos(a), y: center.y + r * Math.sin(a) };
      if (round < MAX_ROUNDS && !isFree(p, out)) continue;
      out.set(group[placed].id(), p);
      placed += 1;
    }
  }
}

/** The anchor closest to all others (a medoid): a node tied to China three times and to the US once goes to China. */
function medoid(points) {
  let best = points[0];
  let bestSum = Infinity;
  for (const p of points) {
    const sum = points.reduce((s, q) => s + Math.hypot(p.x - q.x, p.y - q.y), 0);
    if (sum < bestSum) { best = p; bestSum = sum; }
  }
  return best;
}

function groupBy(items, keyOf) {
  const groups = new Map();
  for (const item of items) {
    const key = keyOf(item);
    if (!groups.has(key)) groups.set(key, { center: item.center, nodes: [] });
    groups.get(key).nodes.push(item.node);
  }
  return groups;
}

const spotKey = (p) => `${Math.round(p.x)},${Math.round(p.y)}`;

/** Map of node id → {x, y} for the nodes of `nodes` (a Cytoscape collection). */
export function geographicPositions(nodes) {
  const out = new Map();
  const ids = new Set(nodes.map((n) => n.id()));
  const sorted = nodes.sort(byName).toArray();
  const geo = sorted.map((node) => ({ node, point: geoPoint(node.data()) })).filter((g) => g.point)
    .map(({ node, point }) => ({ node, center: project(point) }));
  for (const { center, nodes: group } of groupBy(geo, (g) => spotKey(g.center)).values()) ring(group, center, SAME_SPOT, out);
  const mapped = out.size;
  const homed = sorted.filter((n) => !out.has(n.id()) && centroid(n.data('country')))
    .map((node) => ({ node, center: project(centroid(node.data('country'))) }));
  for (const { center, nodes: group } of groupBy(homed, (h) => spotKey(h.center)).values()) ring(group, center, NEAR, out);

  for (let round = 0; round < ROUNDS; round++) {
    const attached = [];
    for (const node of sorted) {
      if (out.has(node.id())) continue;
      const anchors = node.neighborhood('node').filter((m) => ids.has(m.id()) && out.has(m.id()));
      if (anchors.empty()) continue;
      attached.push({ node, center: medoid(anchors.map((m) => out.get(m.id()))) });
    }
    if (!attached.length) break;
    for (const { center, nodes: group } of groupBy(attached, (a) => spotKey(a.center)).values()) ring(group, center, NEAR, out);
  }

  const rest = sorted.filter((n) => !out.has(n.id()));
  if (rest.length) {
    const placed = [...out.values()];
    const left = placed.length ? Math.min(...placed.map((p) => p.x)) : 0;
    const bottom = placed.length ? Math.max(...placed.map((p) => p.y)) + 120 : 0;
    rest.forEach((n, i) => out.set(n.id(), { x: left + (i % 12) * 110, y: bottom + Math.floor(i / 12) * 70 }));
  }
  return { positions: out, mapped, unplaced: rest.length };
}
