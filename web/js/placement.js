// Where new nodes go. Existing nodes never move here: new neighbours are laid on arcs around the node
// they were expanded from, facing away from what is already drawn, grouped by relationship type.
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
