// Read-only copies of what is drawn, for the panels and the exports (list, JSON, SVG, PNG, legend counts).
// Helpers of the graph controller (graph.js), which calls them.

import { shown } from './graph-view.js';

const PNG_MAX_SIDE = 16384; // pixels: Chromium's canvas area limit is 16,384²

/** Copies of what passes the filters, as graph payload elements (nodes with their positions). */
export function snapshotOf(cy) {
  const eles = shown(cy);
  return {
    nodes: eles.nodes().map((n) => ({ data: { ...n.data() }, position: { ...n.position() } })),
    edges: eles.edges().map((e) => ({ data: { ...e.data() } })),
  };
}

/** What is drawn, with computed styles, for the SVG export: node boxes, shapes and colours; edge ends. */
export function drawingOf(cy) {
  const eles = shown(cy);
  return {
    nodes: eles.nodes().map((n) => ({
      id: n.id(), name: n.data('name') || n.id(), ...n.position(), width: n.width(), height: n.height(),
      shape: n.style('shape'), color: n.style('background-color'),
    })),
    edges: eles.edges().map((e) => ({
      source: e.source().id(), target: e.target().id(), type: e.data('type'),
      dash: e.style('line-style'), color: e.style('line-color'),
    })),
  };
}

/**
 * A PNG blob of the whole graph (not just the viewport) at twice the screen resolution, or less for a graph too
 * big for one browser canvas (the picture would come out empty). Drawn by Cytoscape's canvas code, whichever
 * renderer is on screen.
 */
export function pngOf(cy) {
  const box = cy.elements().boundingBox();
  const scale = Math.min(2, PNG_MAX_SIDE / (window.devicePixelRatio || 1) / Math.max(box.w, box.h, 1));
  return cy.png({ full: true, scale, output: 'blob', bg: '#ffffff' });
}

/** How many nodes per label and relationships per type are on screen (filtered out or not). */
export function countsOf(cy) {
  const labels = new Map();
  const types = new Map();
  cy.nodes().forEach((n) => labels.set(n.data('label'), (labels.get(n.data('label')) || 0) + 1));
  cy.edges().forEach((e) => types.set(e.data('type'), (types.get(e.data('type')) || 0) + 1));
  return { labels, types };
}
