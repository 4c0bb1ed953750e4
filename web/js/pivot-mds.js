// Positions for big graphs by pivot MDS (Brandes & Pich, "Eigensolver methods for progressive multidimensional
// scaling of large data", 2006): hop distances from a few well-spread pivot nodes, double-centred, projected on
// their two main directions. It is the spectral stage that fcose runs for its draft quality, here on typed arrays:
// fcose first looks for the graph's components through Cytoscape collections, which took 0.35 s of its 0.5 s on
// 1,000 nodes / 5,000 edges (CPU profile in headless Chromium); this takes about 10 ms there. Each connected
// component is laid out alone, and the components are set side by side in rows, biggest first.
// Pure functions on ids; layouts.js applies the positions.

const PIVOTS = 25; // as fcose's sampleSize
const POWER_ITERATIONS = 200;
const SPREAD = 0.35; // nodes that land on one point are set around it on a circle of this many edge lengths

/** Adjacency in compressed rows: the neighbours of node i are `next[start[i] … start[i + 1])`. */
function adjacency(n, pairs) {
  const degree = new Int32Array(n + 1);
  for (const [a, b] of pairs) {
    if (a !== b) {
      degree[a]++;
      degree[b]++;
    }
  }
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i] + degree[i];
  const fill = start.slice(0, n);
  const next = new Int32Array(start[n]);
  for (const [a, b] of pairs) {
    if (a !== b) {
      next[fill[a]++] = b;
      next[fill[b]++] = a;
    }
  }
  return { start, next };
}

/** Hop distances from `source` into `dist` (-1 where unreached); returns the nodes reached, in order. */
function bfs(graph, source, dist) {
  const order = [source];
  dist[source] = 0;
  for (let head = 0; head < order.length; head++) {
    const v = order[head];
    for (let j = graph.start[v]; j < graph.start[v + 1]; j++) {
      const w = graph.next[j];
      if (dist[w] < 0) {
        dist[w] = dist[v] + 1;
        order.push(w);
      }
    }
  }
  return order;
}

/** The connected components, each a list of node indices, biggest first. */
function components(graph, n) {
  const dist = new Int32Array(n).fill(-1);
  const found = [];
  for (let i = 0; i < n; i++) {
    if (dist[i] < 0) found.push(bfs(graph, i, dist));
  }
  return found.sort((a, b) => b.length - a.length);
}

/** Unit vector along which `m` (k×k, symmetric) stretches most, orthogonal to `against` (if given). */
function mainDirection(m, k, against) {
  let v = new Float64Array(k).map((_, i) => 1 + ((i * 7919) % 13) / 13); // fixed start: the same layout every time
  for (let it = 0; it < POWER_ITERATIONS; it++) {
    if (against) {
      const dot = v.reduce((s, x, i) => s + x * against[i], 0);
      v = v.map((x, i) => x - dot * against[i]);
    }
    const w = new Float64Array(k);
    for (let i = 0; i < k; i++) {
      let s = 0;
      for (let j = 0; j < k; j++) s += m[i * k + j] * v[j];
      w[i] = s;
    }
    const norm = Math.hypot(...w);
    if (norm === 0) return w;
    const moved = w.reduce((sum, x, i) => sum + Math.abs(x / norm - v[i]), 0);
    v = w.map((x) => x / norm);
    if (moved < 1e-9) break;
  }
  return v;
}

/** Pivot MDS of one component (node indices `nodes`): [x, y] per node, in hops. */
function layoutComponent(graph, nodes, dist) {
  const s = nodes.length;
  const k = Math.min(PIVOTS, s);
  const c = new Float64Array(s * k); // squared hop distance of node i from pivot p, at c[i * k + p]
  const nearest = new Float64Array(s).fill(Infinity);
  let pivot = nodes.reduce((best, v) => (degreeOf(graph, v) > degreeOf(graph, best) ? v : best), nodes[0]);
  for (let p = 0; p < k; p++) {
    for (const v of nodes) dist[v] = -1;
    bfs(graph, pivot, dist);
    let farthest = 0;
    for (let i = 0; i < s; i++) {
      const d = dist[nodes[i]];
      c[i * k + p] = d * d;
      nearest[i] = Math.min(nearest[i], d);
      if (nearest[i] > nearest[farthest]) farthest = i;
    }
    pivot = nodes[farthest]; // the next pivot: the node farthest from all pivots so far
  }
  doubleCentre(c, s, k);
  const m = new Float64Array(k * k); // cᵀc
  for (let i = 0; i < s; i++) {
    const row = i * k;
    for (let a = 0; a < k; a++) {
      const ca = c[row + a];
      for (let b = a; b < k; b++) m[a * k + b] += ca * c[row + b];
    }
  }
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < a; b++) m[a * k + b] = m[b * k + a];
  }
  const first = mainDirection(m, k, null);
  const second = mainDirection(m, k, first);
  return nodes.map((_, i) => {
    let x = 0;
    let y = 0;
    for (let p = 0; p < k; p++) {
      x += c[i * k + p] * first[p];
      y += c[i * k + p] * second[p];
    }
    return [x, y];
  });
}

function degreeOf(graph, v) {
  return graph.start[v + 1] - graph.start[v];
}

/** c ← -½ (c − row means − column means + grand mean), in place. */
function doubleCentre(c, s, k) {
  const rows = new Float64Array(s);
  const cols = new Float64Array(k);
  let all = 0;
  for (let i = 0; i < s; i++) {
    for (let p = 0; p < k; p++) {
      const v = c[i * k + p];
      rows[i] += v / k;
      cols[p] += v / s;
      all += v / (s * k);
    }
  }
  for (let i = 0; i < s; i++) {
    for (let p = 0; p < k; p++) c[i * k + p] = -0.5 * (c[i * k + p] - rows[i] - cols[p] + all);
  }
}

/**
 * Room each node gets at least, as the side of a square (px): in a dense graph hop distances are few (1,000
 * nodes with 5,000 random links lie within four hops of each other), so edges of `edgeLength` would pile the
 * nodes into one blob, labels over labels. Spread out, the graph is framed at a zoom where its labels are smaller
 * than a big graph draws them (they come back on zooming in), and adding, laying out and drawing 1,000 / 5,000
 * took 0.68–0.79 s instead of 0.84–1.10 s (BrowserBench: six runs after, three before).
 */
const ROOM = 50;

/**
 * Scales `points` so that the component's edges are `edgeLength` long on average (a line or circle if flat), and
 * further if its nodes would have less than `ROOM` each.
 */
function scaled(points, nodes, graph, edgeLength) {
  const local = new Map(nodes.map((v, i) => [v, i]));
  let total = 0;
  let count = 0;
  nodes.forEach((v, i) => {
    for (let j = graph.start[v]; j < graph.start[v + 1]; j++) {
      const o = local.get(graph.next[j]);
      total += Math.hypot(points[i][0] - points[o][0], points[i][1] - points[o][1]);
      count++;
    }
  });
  if (points.length === 1) return [[0, 0]];
  if (count === 0 || total === 0) {
    const step = (2 * Math.PI) / points.length;
    return points.map((_, i) => [edgeLength * Math.cos(i * step), edgeLength * Math.sin(i * step)]);
  }
  const factor = edgeLength / (total / count);
  const area = extent(points, 0) * extent(points, 1) * factor * factor;
  const wanted = points.length * ROOM * ROOM;
  const room = area > 0 && area < wanted ? Math.sqrt(wanted / area) : 1;
  return points.map(([x, y]) => [x * factor * room, y * factor * room]);
}

/** How far `points` reach along axis `axis` (0 for x, 1 for y). */
function extent(points, axis) {
  let min = Infinity;
  let max = -Infinity;
  for (const p of points) {
    min = Math.min(min, p[axis]);
    max = Math.max(max, p[axis]);
  }
  return max - min;
}

/** Sets nodes that share a point (same hop distances to every pivot, e.g. the leaves of one node) around it. */
function spread(points, edgeLength) {
  const groups = new Map();
  points.forEach(([x, y], i) => {
    const key = `${Math.round(x)},${Math.round(y)}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(i);
  });
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const radius = SPREAD * edgeLength * Math.sqrt(members.length);
    members.forEach((i, j) => {
      const angle = (2 * Math.PI * j) / members.length;
      points[i] = [points[i][0] + radius * Math.cos(angle), points[i][1] + radius * Math.sin(angle)];
    });
  }
  return points;
}

/** Sets the laid-out components (each a list of [x, y]) side by side in rows; returns the shifted points. */
function packed(parts, gap) {
  const boxes = parts.map((points) => {
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    return { x1: Math.min(...xs), y1: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
  });
  const area = boxes.reduce((sum, b) => sum + (b.w + gap) * (b.h + gap), 0);
  const rowWidth = Math.max(boxes[0].w, Math.sqrt(area) * 1.2);
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  return parts.map((points, i) => {
    const b = boxes[i];
    if (x > 0 && x + b.w > rowWidth) {
      x = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    const dx = x - b.x1;
    const dy = y - b.y1;
    x += b.w + gap;
    rowHeight = Math.max(rowHeight, b.h);
    return points.map(([px, py]) => [px + dx, py + dy]);
  });
}

/**
 * Positions for nodes `ids` joined by `links` ([sourceId, targetId], direction ignored; links to other ids are
 * left out): a Map of id → {x, y}, edges about `edgeLength` long.
 */
export function pivotMdsPositions(ids, links, { edgeLength = 80 } = {}) {
  const index = new Map(ids.map((id, i) => [id, i]));
  const pairs = [];
  for (const [a, b] of links) {
    if (index.has(a) && index.has(b)) pairs.push([index.get(a), index.get(b)]);
  }
  const n = ids.length;
  const graph = adjacency(n, pairs);
  const parts = components(graph, n);
  const dist = new Int32Array(n).fill(-1);
  const laidOut = parts.map((nodes) => spread(scaled(layoutComponent(graph, nodes, dist), nodes, graph, edgeLength), edgeLength));
  const positions = new Map();
  packed(laidOut, 1.5 * edgeLength).forEach((points, c) => {
    parts[c].forEach((v, i) => positions.set(ids[v], { x: points[i][0], y: points[i][1] }));
  });
  return positions;
}
