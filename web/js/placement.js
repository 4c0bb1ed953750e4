// Where new nodes go. Existing nodes never move here: new neighbours are laid on arcs around the node
// they were expanded from, facing away from what is already drawn, grouped by relationship type; the new nodes
// of a found path go along the path.
// Plain geometry on positions; the caller (graph.js) runs it inside cy.batch().

const SPACING = 64; // arc length between neighbours on one ring (before stretching)
const STRETCH = 1.6; // horizontal stretch of the rings
const FIRST_RADIUS = 130;
const RING_GAP = 60;
const MIN_GAP = 48; // a new node keeps at least this distance from every node already drawn
const MAX_RINGS = 40; // past this, stop looking for free spots

function edgeTypeTo(center, node) {
  const edge = center.edgesWith(node);
  return edge.nonempty() ? String(edge[0].data('type') || '') : '~';
}

/** The direction (radians) pointing away from the already-placed nodes around `center`. */
function awayAngle(cy, center, fresh) {
  const c = center.position();
  let others = center.neighborhood('node').difference(fresh);
  if (others.empty()) others = cy.nodes().difference(fresh).difference(center);
  if (others.empty()) return { angle: -Math.PI / 2, crowded: false };
  let vx = 0;
  let vy = 0;
  others.forEach((n) => {
    const p = n.position();
    const dx = p.x - c.x;
    const dy = p.y - c.y;
    const d = Math.hypot(dx, dy) || 1;
    vx += dx / d;
    vy += dy / d;
  });
  const len = Math.hypot(vx, vy);
  if (len < 0.3) return { angle: -Math.PI / 2, crowded: true }; // surrounded: use the whole circle
  return { angle: Math.atan2(-vy, -vx), crowded: false };
}

/** Puts `fresh` (a collection of new nodes) on arcs around `center`, skipping spots already taken. */
export function placeAround(cy, center, fresh) {
  if (fresh.empty()) return;
  const c = center.position();
  const { angle, crowded } = awayAngle(cy, center, fresh);
  const alone = cy.nodes().length - fresh.length <= 1;
  const n = fresh.length;
  // a lone node gets a full circle; otherwise an arc that widens as more nodes come
  const spread = alone || crowded ? 2 * Math.PI : Math.min(2 * Math.PI * 0.8, Math.max(Math.PI * 0.6, n * 0.35));
  const full = spread >= 2 * Math.PI - 1e-6;
  const sorted = fresh.sort((a, b) => {
    const t = edgeTypeTo(center, a).localeCompare(edgeTypeTo(center, b));
    return t || String(a.data('label')).localeCompare(String(b.data('label')))
      || String(a.data('name')).localeCompare(String(b.data('name')));
  });
  const taken = cy.nodes().difference(fresh).map((node) => ({ ...node.position() }));
  const isFree = (p) => taken.every((o) => (o.x - p.x) ** 2 + (o.y - p.y) ** 2 >= MIN_GAP * MIN_GAP);
  let placed = 0;
  for (let ring = 0; placed < n; ring++) {
    const radius = FIRST_RADIUS + ring * RING_GAP;
    const capacity = Math.max(1, Math.floor((spread * radius) / SPACING));
    const count = ring > MAX_RINGS ? n - placed : Math.min(capacity, n - placed);
    const stagger = ring % 2 ? 0.5 : 0; // alternate rings shift by half a slot so labels do not line up
    for (let i = 0; i < count && placed < n; i++) {
      const a = full ? angle + (2 * Math.PI * (i + stagger)) / count
        : angle - spread / 2 + (spread * (i + 0.5 + stagger / 2)) / count;
      // wider than tall: labels sit under their nodes and are wider than they are high
      const p = { x: c.x + STRETCH * radius * Math.cos(a), y: c.y + radius * Math.sin(a) };
      if (ring <= MAX_RINGS && !isFree(p)) continue;
      sorted[placed].position(p);
      taken.push(p);
      placed += 1;
    }
  }
}

/** Puts unconnected new nodes to the right of the drawing, in a column. */
export function placeBeside(cy, fresh) {
  if (fresh.empty()) return;
  const rest = cy.nodes().difference(fresh);
  if (rest.empty()) {
    fresh.forEach((n, i) => n.position({ x: (i % 4) * 160, y: Math.floor(i / 4) * 120 }));
    return;
  }
  const bb = rest.boundingBox();
  const midY = (bb.y1 + bb.y2) / 2;
  fresh.forEach((n, i) => n.position({ x: bb.x2 + 160, y: midY + (i - (fresh.length - 1) / 2) * 90 }));
}

const PATH_STEP = 170; // distance between the nodes of a path laid out in a row
const SHIFTS = [0, 80, -80, 160, -160, 240, -240]; // sideways, for a row between two drawn nodes
const TURNS = [0, 0.4, -0.4, 0.8, -0.8, 1.2, -1.2]; // radians, for a row out of one drawn node

function row(origin, dir, n, turn = 0) {
  const [c, s] = [Math.cos(turn), Math.sin(turn)];
  const d = { x: dir.x * c - dir.y * s, y: dir.x * s + dir.y * c };
  return Array.from({ length: n }, (_, k) => ({ x: origin.x + d.x * PATH_STEP * (k + 1), y: origin.y + d.y * PATH_STEP * (k + 1) }));
}

function between(a, b, n, shift) {
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  const len = Math.hypot(dx, dy) || 1;
  return Array.from({ length: n }, (_, k) => {
    const t = (k + 1) / (n + 1);
    return { x: a.x + dx * t - (dy / len) * shift, y: a.y + dy * t + (dx / len) * shift };
  });
}

/**
 * Puts the new nodes of a path along it. `chain` is the path's nodes in order (an array); `fresh` the new ones.
 * A run of new nodes between two drawn ones goes on the line between them (shifted sideways when that is
 * crowded), a run at an end goes out from its drawn neighbour away from the drawing, and a path with nothing
 * drawn yet goes in a row to the right of the drawing.
 */
export function placeAlong(cy, chain, fresh) {
  if (fresh.empty()) return;
  const rest = cy.nodes().difference(fresh);
  const bb = rest.nonempty() ? rest.boundingBox() : null;
  const centre = bb ? { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 } : { x: 0, y: 0 };
  const taken = rest.map((node) => ({ ...node.position() }));
  const isFree = (p) => taken.every((o) => (o.x - p.x) ** 2 + (o.y - p.y) ** 2 >= MIN_GAP * MIN_GAP);
  for (let i = 0; i < chain.length;) {
    if (!fresh.has(chain[i])) { i += 1; continue; }
    let j = i;
    while (j < chain.length && fresh.has(chain[j])) j += 1;
    const a = i > 0 ? chain[i - 1].position() : null;
    const b = j < chain.length ? chain[j].position() : null;
    let run = chain.slice(i, j);
    let candidates;
    if (a && b) candidates = SHIFTS.map((shift) => between(a, b, run.length, shift));
    else if (a || b) {
      const anchor = a || b;
      const len = Math.hypot(anchor.x - centre.x, anchor.y - centre.y);
      const dir = len > 1 ? { x: (anchor.x - centre.x) / len, y: (anchor.y - centre.y) / len } : { x: 1, y: 0 };
      if (!a) run = run.reverse(); // the node next to the drawn one comes first
      candidates = TURNS.map((turn) => row(anchor, dir, run.length, turn));
    } else {
      const origin = bb ? { x: bb.x2 + 160 - PATH_STEP, y: centre.y } : { x: -PATH_STEP, y: 0 };
      candidates = SHIFTS.map((shift) => row({ x: origin.x, y: origin.y + shift }, { x: 1, y: 0 }, run.length));
    }
    const spots = candidates.find((c) => c.every(isFree)) || candidates[0];
    run.forEach((node, k) => { node.position(spots[k]); taken.push(spots[k]); });
    i = j;
  }
}
