// The graph controller: the only module that calls Cytoscape (with its helpers graph-payload.js, expansion.js,
// graph-view.js, graph-positions.js, graph-read.js, layouts.js, placement.js, scene-stage.js, result-stage.js and
// graph-keys.js, which it calls). Mutations run inside cy.batch(). The core is remade when the renderer changes
// (renderer.js): read `graph.cy` anew after anything that adds or removes elements.
// Panels talk to it through the store (selection, expand and layout requests) or its small public methods.

import { track } from './busy.js';
import { buildStyle, labelsReadable } from './graph-style.js';
import { applyFilters, keepNearLabel, showSelection, sizeLevel, tuneRenderer } from './graph-view.js';
import { bindKeys } from './graph-keys.js';
import { runLayout } from './layouts.js';
import { placeAlong } from './placement.js';
import { applyOverlays } from './graph-overlays.js';
import { nodeData } from './element-data.js';
import { fitViewport, isInView } from './viewport.js';
import { stageScene } from './scene-stage.js';
import { stageResult } from './result-stage.js';
import { expandNode } from './expansion.js';
import { addPayload } from './graph-payload.js';
import { applyPositions, positionsOf, setPinned, settle } from './graph-positions.js';
import { countsOf, drawingOf, pngOf, snapshotOf } from './graph-read.js';
import { createCore, destroyCore, wantsWebgl } from './renderer.js';

/** Hard cap on what is drawn; past it expansions add nothing more and say so. */
export const LIMITS = { nodes: 2000, edges: 8000 };
const CORE = { elements: [], minZoom: 0.02, maxZoom: 4, boxSelectionEnabled: false, selectionType: 'single' };

export class GraphController {
  constructor(container, store) {
    this.store = store;
    this.container = container;
    this.labels = new Set();
    this.pending = new Set();
    this.anchor = null; // node whose neighbours the arrow keys walk through
    this.overlays = [];
    this.limits = { ...LIMITS };
    this.level = 'normal';
    this.labelScale = 1;
    this.zoomTimer = 0;
    this.webgl = 'auto'; // WebGL renderer: 'auto' (big graphs, on a GPU), 'on' or 'off' (renderer.js)
    this.usesWebgl = false;
    this.labelsHidden = false;
    this.cy = null;
    this.makeCore(false);
    this.bindStore();
    bindKeys(this);
  }

  /** Makes the Cytoscape core anew, with or without WebGL, keeping elements, viewport and style. */
  makeCore(webgl) {
    const old = this.cy;
    const elements = old ? old.elements().jsons() : [];
    const viewport = old ? { zoom: old.zoom(), pan: { ...old.pan() } } : null;
    if (old) {
      old.stop(true, true);
      destroyCore(old);
    }
    const made = createCore(this.container, CORE, webgl);
    this.cy = made.cy;
    this.usesWebgl = made.webgl;
    this.container.dataset.renderer = made.webgl ? 'webgl' : 'canvas';
    if (viewport) this.cy.viewport(viewport);
    this.refreshStyle();
    if (elements.length) this.cy.batch(() => this.cy.add(elements));
    this.bindCytoscape();
  }

  bindCytoscape() {
    const { cy, store } = this;
    cy.on('tap', 'node', (e) => { this.anchor = e.target.id(); store.select('node', e.target.id()); });
    cy.on('tap', 'edge', (e) => store.select('edge', e.target.id()));
    cy.on('tap', (e) => { if (e.target === cy) store.clearSelection(); });
    cy.on('dbltap', 'node', (e) => this.expand(e.target.id()));
    cy.on('dragfree', 'node', () => store.positionsChanged('drag'));
    cy.on('zoom', () => {
      clearTimeout(this.zoomTimer);
      this.zoomTimer = setTimeout(() => this.scaleLabels(), 120);
    });
    cy.on('mouseover', 'edge', (e) => e.target.addClass('near'));
    cy.on('mouseout', 'edge', (e) => {
      if (!keepNearLabel(cy, e.target, store.selection)) e.target.removeClass('near');
    });
  }

  bindStore() {
    const { store } = this;
    store.addEventListener('meta', () => this.refreshStyle([...store.metaLabels.keys()]));
    store.addEventListener('selection', (e) => this.cy.batch(() => showSelection(this.cy, e.detail)));
    const filter = () => this.cy.batch(() => applyFilters(this.cy, store.filters, store.date));
    const overlay = () => this.cy.batch(() => applyOverlays(this.cy, store));
    ['filters', 'date'].forEach((type) => store.addEventListener(type, filter));
    ['highlight', 'comparison'].forEach((type) => store.addEventListener(type, overlay));
    store.addEventListener('expand-request', (e) => this.expand(e.detail.id, e.detail));
    store.addEventListener('layout-request', (e) => this.layout(e.detail.name));
  }

  refreshStyle(extraLabels = []) {
    for (const l of extraLabels) this.labels.add(l);
    const options = { large: this.level !== 'normal', labelScale: this.labelScale };
    this.labelsHidden = this.usesWebgl && !labelsReadable(this.cy.zoom(), options);
    const webgl = { webgl: this.usesWebgl, hideLabels: this.labelsHidden };
    this.cy.style(buildStyle([...this.labels], (l) => this.store.styleFor(l), { ...options, ...webgl }));
  }

  /**
   * Zoomed out: labels grow in steps so they stay readable on screen (not for large graphs: restyling costs);
   * with WebGL, small labels go (graph-style.js).
   */
  scaleLabels() {
    const wanted = this.level === 'normal' ? Math.min(1.8, Math.max(1, Math.round(5 / this.cy.zoom()) / 5)) : 1;
    const large = this.level !== 'normal';
    const hide = this.usesWebgl && !labelsReadable(this.cy.zoom(), { large, labelScale: wanted });
    if (wanted === this.labelScale && hide === this.labelsHidden) return;
    this.labelScale = wanted;
    this.refreshStyle();
  }

  /**
   * After elements come or go (or before, with the count to come, so that a big payload is styled only once):
   * performance switches by size, the renderer (a new core when it changes), and data attributes for tests and CSS.
   */
  sized(count = this.cy.elements().length) {
    const level = sizeLevel(count);
    const changed = level !== this.level;
    this.level = level;
    const webgl = wantsWebgl(this.webgl, level);
    if (webgl !== this.usesWebgl) this.makeCore(webgl);
    else if (changed) this.refreshStyle();
    tuneRenderer(this.cy, level);
    this.container.dataset.performance = level;
    this.container.dataset.nodes = String(this.cy.nodes().length);
  }

  /**
   * Adds a payload's nodes and edges (up to the drawing limits); new nodes go around `center` (a node id) or
   * beside the graph, or where `place(cy, addedNodes)` puts them. Existing nodes never move. Resolves to the added
   * collections and how many were left out.
   */
  addPayload(payload, centerId = null, options = {}) {
    return addPayload(this, payload, centerId, options);
  }

  atLimit(dropped) {
    this.container.dataset.capped = 'true';
    this.store.message(`Drawing limit reached: the graph shows at most ${this.limits.nodes.toLocaleString()} nodes and `
      + `${this.limits.edges.toLocaleString()} relationships, so ${dropped.toLocaleString()} more were not drawn. `
      + 'Hide some with the filters or clear the graph to see others.', 'error');
  }

  /** Adds entities (search results, restored seeds) as nodes of their own; they are remembered as seeds. */
  addSeeds(entities) {
    const nodes = entities.map((e) => {
      const props = e.properties || {};
      return { data: nodeData({ ...props, labels: e.labels, id: e.id, name: e.name || props.name, label: e.label || props.primaryLabel }) };
    }).filter((n) => n.data);
    nodes.forEach((n) => this.store.recordSeed(n.data.id));
    const added = this.addPayload({ nodes, edges: [] });
    if (added.nodes.nonempty()) this.store.graphChanged('add');
    return added;
  }

  /** Shows an entity (GET /api/entities/{id} answer or search result) and selects and centres it. */
  showEntity(entity, label) {
    let node = this.cy.getElementById(entity.id);
    if (node.empty()) {
      this.addSeeds([{ ...entity, label: entity.label || label }]);
      node = this.cy.getElementById(entity.id);
    }
    this.anchor = entity.id;
    this.store.select('node', entity.id);
    this.center(node, true);
    return node;
  }

  center(node, zoomIn) {
    if (!node || node.empty()) return;
    const zoom = zoomIn ? Math.max(this.cy.zoom(), 1) : this.cy.zoom();
    this.cy.stop();
    this.cy.animate({ center: { eles: node }, zoom }, { duration: 250 });
  }

  /** Adds the elements of found paths (an /api/paths answer) with new nodes along `nodeIds`, and zooms to them. */
  addPath(payload, nodeIds) {
    const chain = () => nodeIds.map((id) => this.cy.getElementById(id)).filter((n) => n.nonempty());
    const added = this.addPayload(payload, null, { place: (cy, fresh) => placeAlong(cy, chain(), fresh) });
    const path = this.cy.collection(chain());
    if (path.nonempty()) this.fit({ eles: path });
    return added;
  }

  /** Loads neighbours of a node (see expansion.js). */
  expand(id, options) {
    return expandNode(this, id, options);
  }

  /** Runs a whole-graph layout on what is visible; pinned nodes stay where they are. */
  async layout(name = this.store.layout, { animate = true } = {}) {
    const eles = this.cy.elements(':visible');
    this.container.dataset.layoutState = 'running';
    const selection = this.store.selection;
    const result = await track(runLayout(eles, name, { animate, selectedId: selection && selection.id }));
    this.container.dataset.layoutState = 'done';
    this.container.dataset.layout = result.used;
    if (result.note) this.store.message(`Layout: ${result.note}.`);
    this.fit({ eles: eles.cy() === this.cy ? eles : undefined, animate });
    this.store.positionsChanged('layout');
    return result;
  }

  /** Pins or unpins nodes: pinned nodes keep their place through every layout (and cannot be dragged). */
  setPinned(ids, pinned) {
    setPinned(this.cy, ids, pinned);
    this.store.positionsChanged('pin');
  }

  /** Node positions by id, and which are pinned: what the URL and saved layouts keep. */
  positions() {
    return positionsOf(this.cy);
  }

  /** Moves nodes to saved positions (pinned ones too) and pins those marked so. */
  applyPositions(list) {
    applyPositions(this.cy, list);
    this.store.positionsChanged('restore');
  }

  /** Places nodes whose ids are not in `known` next to a known neighbour (or beside the graph); others stay. */
  settle(known) {
    settle(this.cy, known);
  }

  /** Read-only copy of an element's data for the panels (null when it is not on screen). */
  elementData(id) {
    const ele = this.cy.getElementById(id);
    return ele.empty() ? null : { ...ele.data() };
  }

  /** Copies of what passes the filters, as graph payload elements (nodes with their positions). */
  snapshot() {
    return snapshotOf(this.cy);
  }

  /** What is drawn, with computed styles, for the SVG export. */
  drawing() {
    return drawingOf(this.cy);
  }

  /** A PNG of the whole graph (see graph-read.js). */
  png() {
    return pngOf(this.cy);
  }

  /** How many nodes per label and relationships per type are on screen (filtered out or not). */
  counts() {
    return countsOf(this.cy);
  }

  /** The container changed size (a panel folded): Cytoscape only notices window resizes by itself. */
  resized() {
    this.cy.resize();
  }

  nodeName(id) {
    const ele = this.cy.getElementById(id);
    return ele.empty() ? id : String(ele.data('name'));
  }

  /** Panels that float over the graph (toolbar, legend): fitting keeps the drawing out from under them. */
  setOverlays(elements) {
    this.overlays = elements;
  }

  fit({ eles = this.cy.elements(':visible'), animate = true } = {}) {
    if (eles.empty()) return;
    // big graphs: the nodes' box holds their straight (haystack) edges and takes a fifth of the time to compute
    const boxed = this.level !== 'normal' && eles.nodes().nonempty() ? eles.nodes() : eles;
    const viewport = fitViewport(this.cy, boxed.boundingBox({ includeLabels: true }), this.container, this.overlays);
    if (!viewport) return;
    this.cy.stop();
    if (animate) this.cy.animate(viewport, { duration: 300 });
    else this.cy.viewport(viewport);
  }

  /** Brings `eles` into view when part of them is off screen or under an overlay. */
  reveal(eles) {
    if (!isInView(eles.renderedBoundingBox({ includeLabels: false }), this.container, this.overlays)) this.fit({ eles });
  }

  /** Moves to a story scene: elements out and in, positions, spotlight, camera (see scene-stage.js). */
  showScene(payload, options) {
    return stageScene(this, payload, options);
  }

  /** Adds a console result beside the drawing and rings it (see result-stage.js). */
  showResult(payload) {
    return stageResult(this, payload);
  }

  clear({ quiet = false } = {}) {
    this.cy.elements().remove();
    this.store.resetHistory();
    this.anchor = null;
    delete this.container.dataset.capped;
    this.sized();
    this.store.clearSelection();
    if (!quiet) this.store.graphChanged('clear');
  }
}
