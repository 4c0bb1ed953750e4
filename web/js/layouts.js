// Whole-graph layouts. Each runs on the visible elements only, so nodes hidden by a filter keep their place,
// and never moves a pinned (locked) node: Cytoscape refuses to set a locked node's position, and fcose is
// also told to treat pinned nodes as fixed so that the rest is laid out around them.
// Called by the graph controller; resolves when the layout has stopped.

import cytoscape from '/webjars/cytoscape/3.33.1/dist/cytoscape.esm.min.mjs';
import { loadDagre, loadFcose } from './vendor.js';
import { geographicPositions } from './geo.js';
import { pivotMdsPositions } from './pivot-mds.js';

export const LAYOUTS = [
  { name: 'fcose', title: 'Force-directed' },
  { name: 'concentric', title: 'Concentric by degree' },
  { name: 'tree', title: 'Hierarchy (tree from the selection)' },
  { name: 'dagre', title: 'Layers by direction (dagre)' },
  { name: 'geo', title: 'Geographic (by latitude/longitude)' },
];

export const isLayoutName = (name) => LAYOUTS.some((l) => l.name === name);

const DURATION = 400;
// nodes: past this only the spectral stage of a force-directed layout (fcose's incremental pass took 10 s at 500),
// computed by pivot-mds.js and moved as a whole to the pinned nodes, which stay put
const SPECTRAL_ABOVE = 300;

/**
 * Loads fcose ahead of a force-directed layout: once it is loaded, a layout run right after adding elements runs in
 * the same task, so they are styled and drawn once, where they end up.
 */
export const prepareForceLayout = () => loadFcose(cytoscape);

function run(eles, options) {
  return new Promise((resolve) => {
    const layout = eles.layout(options);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}

function preset(eles, positions, animate) {
  return run(eles, { name: 'preset', positions: (node) => positions.get(node.id()), animate, animationDuration: DURATION, fit: false });
}

/** `positions` moved as a whole so that, on average, the pinned nodes' places in it are where they are pinned. */
function shiftedToPins(positions, pinned) {
  if (pinned.empty()) return positions;
  const dx = pinned.reduce((sum, n) => sum + n.position('x') - positions.get(n.id()).x, 0) / pinned.length;
  const dy = pinned.reduce((sum, n) => sum + n.position('y') - positions.get(n.id()).y, 0) / pinned.length;
  return new Map([...positions].map(([id, p]) => [id, { x: p.x + dx, y: p.y + dy }]));
}

async function force(eles, animate) {
  const nodes = eles.nodes();
  if (nodes.length > SPECTRAL_ABOVE) {
    const links = eles.edges().map((e) => [e.data('source'), e.data('target')]);
    const positions = pivotMdsPositions(nodes.map((n) => n.id()), links, { edgeLength: 80 });
    await preset(eles, shiftedToPins(positions, nodes.filter((n) => n.locked())), animate);
    return 'fcose';
  }
  if (await loadFcose(cytoscape)) {
    const fixed = nodes.filter((n) => n.locked()).map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
    await run(eles, {
      name: 'fcose', randomize: true, animate, animationDuration: DURATION, fit: false, nodeDimensionsIncludeLabels: true,
      packComponents: false, idealEdgeLength: () => 80, nodeRepulsion: () => 8000, nodeSeparation: 90,
      fixedNodeConstraint: fixed.length ? fixed : undefined,
    });
    return 'fcose';
  }
  await run(eles, {
    name: 'cose', randomize: false, animate: animate ? 'end' : false, animationDuration: DURATION, fit: false,
    nodeDimensionsIncludeLabels: true, idealEdgeLength: () => 70, nodeRepulsion: () => 7000, numIter: 1500,
    gravity: 1.5, componentSpacing: 30,
  });
  return 'cose';
}

/** One root per connected component: the selected node where it is in one, else the best-connected. */
function rootsOf(eles, selectedId) {
  return eles.components().map((component) => {
    const nodes = component.nodes();
    const selected = nodes.filter((n) => n.id() === selectedId);
    return selected.nonempty() ? selected[0] : nodes.max((n) => n.degree(false)).ele;
  });
}

async function layered(eles, animate) {
  const dagre = await loadDagre();
  if (!dagre) return null;
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 80, edgesep: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  eles.nodes().forEach((n) => {
    const box = n.boundingBox({ includeLabels: true });
    g.setNode(n.id(), { width: Math.min(Math.max(box.w, 40), 180), height: Math.max(box.h, 40) });
  });
  eles.edges().forEach((e) => g.setEdge(e.source().id(), e.target().id(), {}, e.id()));
  dagre.layout(g);
  const positions = new Map(g.nodes().map((id) => [id, { x: g.node(id).x, y: g.node(id).y }]));
  await preset(eles, positions, animate);
  return 'dagre';
}

/**
 * Runs layout `name` on `eles`; resolves to {used, ms, note} (`used` differs from `name` after a fallback).
 */
export async function runLayout(eles, name, { animate = true, selectedId = null } = {}) {
  const started = performance.now();
  let used = name;
  let note = '';
  if (eles.nodes().empty()) return { used, ms: 0, note };
  if (name === 'concentric') {
    const max = eles.nodes().maxDegree(false) || 1;
    await run(eles, {
      name: 'concentric', concentric: (n) => n.degree(false), levelWidth: () => Math.max(1, max / 5),
      minNodeSpacing: 36, avoidOverlap: true, nodeDimensionsIncludeLabels: true, animate, animationDuration: DURATION, fit: false,
    });
  } else if (name === 'tree' || name === 'dagre') {
    used = name === 'dagre' ? await layered(eles, animate) : null;
    if (!used) {
      if (name === 'dagre') note = 'dagre could not be loaded: used the breadth-first tree instead';
      used = 'tree';
      await run(eles, {
        name: 'breadthfirst', roots: rootsOf(eles, selectedId), directed: false, spacingFactor: 1.15,
        avoidOverlap: true, nodeDimensionsIncludeLabels: true, animate, animationDuration: DURATION, fit: false,
      });
    }
  } else if (name === 'geo') {
    const { positions, mapped, unplaced } = geographicPositions(eles.nodes());
    if (!mapped) note = 'nothing on screen has a location (countries and cloud regions do)';
    else if (unplaced) note = `${unplaced} node(s) with no link to a place are shelved under the map`;
    await preset(eles, positions, animate);
  } else {
    used = await force(eles, animate);
    if (used !== 'fcose') note = 'fcose could not be loaded: used the built-in cose layout';
  }
  return { used, ms: Math.round(performance.now() - started), note };
}
