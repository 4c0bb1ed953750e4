// The graph controller: the only module that calls Cytoscape. Mutations run inside cy.batch().
// Panels talk to it through the store (selection, expand requests) or its small public methods.

import cytoscape from '/webjars/cytoscape/3.33.1/dist/cytoscape.esm.min.mjs';
import { api } from './api.js';
import { buildStyle } from './graph-style.js';
import { placeAround, placeBeside } from './placement.js';
import { fitViewport, isInView } from './viewport.js';

export const FIRST_LIMIT = 25;
const STEP = 50; // "show more" raises the limit by this much
const MAX_LIMIT = 500; // the API's maximum for /neighbors
const NEAR_LABELS_MAX = 14;

/** Cytoscape node data from a payload node, an entity, or a search result. */
function nodeData(raw, fallbackLabel) {
  if (!raw || typeof raw.id !== 'string' || !raw.id) return null;
  const data = { ...raw };
  delete data.parent; // a property named "parent" would turn the node into a compound child
  const labels = Array.isArray(data.labels) ? data.labels.filter((l) => l !== 'Entity') : [];
  if (typeof data.label !== 'string' || !data.label) {
    data.label = data.primaryLabel || fallbackLabel || labels[0] || 'Entity';
  }
  if (typeof data.name !== 'string' || !data.name) data.name = data.id;
  return data;
}

function edgeData(raw) {
  if (!raw || typeof raw.source !== 'string' || typeof raw.target !== 'string') return null;
  const data = { ...raw };
  delete data.parent;
  if (typeof data.id !== 'string' || !data.id) data.id = `${data.source}|${data.type}|${data.target}`;
  return data;
}

export class GraphController {
  constructor(container, store) {
    this.store = store;
    this.container = container;
    this.labels = new Set();
    this.pending = new Set();
    this.anchor = null; // node whose neighbours the arrow keys walk through
    this.overlays = [];
    this.cy = cytoscape({
      container,
      elements: [],
      style: buildStyle([], (l) => store.styleFor(l)),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    this.bindCytoscape();
    this.bindStore();
    this.bindKeys();
  }

  bindCytoscape() {
    const { cy, store } = this;
    cy.on('tap', 'node', (e) => { this.anchor = e.target.id(); store.select('node', e.target.id()); });
    cy.on('tap', 'edge', (e) => store.select('edge', e.target.id()));
    cy.on('tap', (e) => { if (e.target === cy) store.clearSelection(); });
    cy.on('dbltap', 'node', (e) => this.expand(e.target.id()));
    cy.on('mouseover', 'edge', (e) => e.target.addClass('near'));
    cy.on('mouseout', 'edge', (e) => {
      const sel = this.store.selection;
      const node = sel && sel.kind === 'node' ? cy.getElementById(sel.id) : cy.collection();
      const keep = node.nonempty() && e.target.connectedNodes().contains(node)
        && node.connectedEdges().length <= NEAR_LABELS_MAX;
      if (!keep) e.target.removeClass('near');
    });
  }

  bindStore() {
    const { store } = this;
    store.addEventListener('meta', () => this.refreshStyle([...store.metaLabels.keys()]));
    store.addEventListener('selection', (e) => this.showSelection(e.detail));
    store.addEventListener('hidden', () => this.applyHidden(this.cy.nodes()));
    store.addEventListener('expand-request', (e) => this.expand(e.detail.id, e.detail));
  }

  bindKeys() {
    this.container.addEventListener('keydown', (e) => {
      const sel = this.store.selection;
      if (e.key === 'Enter' || e.key === ' ') {
        if (sel && sel.kind === 'node') { e.preventDefault(); this.expand(sel.id); }
      } else if (e.key === 'Escape') {
        this.store.clearSelection();
      } else if (['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'].includes(e.key)) {
        e.preventDefault();
        this.step(e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : -1);
      }
    });
  }

  /** Arrow keys: walk through the neighbours of the anchor node (or all nodes when there is none). */
  step(direction) {
    const { cy, store } = this;
    const anchor = this.anchor && cy.getElementById(this.anchor);
    let ring = anchor && anchor.nonempty() ? anchor.neighborhood('node').filter(':visible') : cy.nodes(':visible');
    if (ring.empty()) ring = cy.nodes(':visible');
    if (ring.empty()) return;
    const list = ring.sort((a, b) => String(a.data('name')).localeCompare(String(b.data('name'))));
    const current = store.selection && store.selection.kind === 'node' ? store.selection.id : null;
    const index = list.toArray().findIndex((n) => n.id() === current);
    const next = list[(index + direction + list.length) % list.length] || list[0];
    if (!this.anchor) this.anchor = next.id();
    store.select('node', next.id());
    store.message(`${next.data('name')} (${next.data('label')}), ${index < 0 ? 1 : ((index + direction + list.length) % list.length) + 1} of ${list.length}`);
    this.center(next, false);
  }

  refreshStyle(extraLabels = []) {
    for (const l of extraLabels) this.labels.add(l);
    this.cy.style(buildStyle([...this.labels], (l) => this.store.styleFor(l)));
  }

  applyHidden(nodes) {
    const hidden = this.store.hiddenLabels;
    this.cy.batch(() => {
      nodes.forEach((n) => n.toggleClass('label-hidden', hidden.has(n.data('label'))));
    });
  }

  showSelection(selection) {
    const { cy } = this;
    const ele = selection ? cy.getElementById(selection.id) : cy.collection();
    cy.batch(() => {
      cy.elements().removeClass('faded near');
      cy.$(':selected').not(ele).unselect();
      if (ele.empty()) return;
      ele.select();
      const hood = ele.isNode() ? ele.closedNeighborhood() : ele.union(ele.connectedNodes());
      cy.elements().not(hood).addClass('faded');
      // type labels on the selected node's edges, unless there are so many that they would be noise
      if (ele.isNode() && ele.connectedEdges().length <= NEAR_LABELS_MAX) ele.connectedEdges().addClass('near');
    });
  }

  /** Adds a payload's nodes and edges; new nodes go around `center` (a node id) or beside the graph. */
  addPayload(payload, centerId = null) {
    const { cy } = this;
    const fresh = new Map();
    const newLabels = new Set();
    for (const raw of payload.nodes || []) {
      const data = nodeData(raw && raw.data);
      if (!data || fresh.has(data.id) || cy.getElementById(data.id).nonempty()) continue;
      if (!this.labels.has(data.label)) newLabels.add(data.label);
      fresh.set(data.id, { group: 'nodes', data, position: { x: 0, y: 0 } });
    }
    if (newLabels.size) this.refreshStyle([...newLabels]);
    let addedNodes;
    let addedEdges;
    cy.batch(() => {
      addedNodes = cy.add([...fresh.values()]);
      const edges = new Map();
      for (const raw of payload.edges || []) {
        const data = edgeData(raw && raw.data);
        if (!data || edges.has(data.id) || cy.getElementById(data.id).nonempty()) continue;
        // Cytoscape refuses edges to nodes it does not have
        if (cy.getElementById(data.source).empty() || cy.getElementById(data.target).empty()) continue;
        edges.set(data.id, { group: 'edges', data });
      }
      addedEdges = cy.add([...edges.values()]);
      const center = centerId ? cy.getElementById(centerId) : null;
      if (center && center.nonempty()) placeAround(cy, center, addedNodes);
      else placeBeside(cy, addedNodes);
      this.applyHidden(addedNodes);
    });
    if (this.store.selection) this.showSelection(this.store.selection);
    return { nodes: addedNodes, edges: addedEdges };
  }

  /** Shows an entity (GET /api/entities/{id} answer or search result) and selects and centres it. */
  showEntity(entity, label) {
    const { cy } = this;
    let node = cy.getElementById(entity.id);
    if (node.empty()) {
      const props = entity.properties || {};
      const data = nodeData({ ...props, labels: entity.labels, id: entity.id, name: entity.name || props.name,
        label: entity.label || label || props.primaryLabel });
      this.addPayload({ nodes: [{ data }], edges: [] });
      node = cy.getElementById(entity.id);
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

  /** Loads neighbours of a node. `more` raises the previous limit; `types` filters by relationship type. */
  async expand(id, { more: moreAsked = false, types, limit: wanted, quiet = false } = {}) {
    const { cy, store } = this;
    const node = cy.getElementById(id);
    if (node.empty() || this.pending.has(id)) return null;
    const prev = store.expansions.get(id);
    const sameTypes = prev && String(prev.types || '') === String(types || '');
    const more = moreAsked || (sameTypes && prev.truncated && !wanted); // expanding a capped node again shows more
    const limit = more && sameTypes ? Math.min(MAX_LIMIT, prev.limit + STEP)
      : Math.min(MAX_LIMIT, wanted || (sameTypes ? prev.limit : FIRST_LIMIT));
    const name = node.data('name');
    if (sameTypes && !more && !prev.truncated) {
      if (!quiet) store.message(`All ${prev.total} connections of ${name} are shown.`);
      return prev;
    }
    this.pending.add(id);
    this.container.classList.add('busy');
    if (!quiet) store.message(`Loading neighbours of ${name}…`);
    try {
      const payload = await api.neighbors(id, { limit, types });
      const added = this.addPayload(payload, id);
      // limit and total count relationships (rows), not distinct neighbour nodes
      const shown = Array.isArray(payload.edges) ? payload.edges.length : 0;
      const total = Number.isFinite(payload.total) ? payload.total : shown;
      const truncated = !!payload.truncated;
      const expansion = { id, name, shown, total, truncated, limit, types, added: added.nodes.length,
        nextStep: truncated ? Math.max(0, Math.min(STEP, MAX_LIMIT - limit, total - shown)) : 0 };
      cy.batch(() => { node.addClass('expanded'); node.toggleClass('more', expansion.truncated); });
      if (!quiet) this.reveal(added.nodes.union(node));
      store.recordExpansion(expansion);
      return expansion;
    } catch (err) {
      store.error(err, `Could not load neighbours of ${name}`);
      return null;
    } finally {
      this.pending.delete(id);
      this.container.classList.toggle('busy', this.pending.size > 0);
    }
  }

  /** Read-only copy of an element's data for the panels (null when it is not on screen). */
  elementData(id) {
    const ele = this.cy.getElementById(id);
    return ele.empty() ? null : { ...ele.data() };
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
    const viewport = fitViewport(this.cy, eles.boundingBox({ includeLabels: true }), this.container, this.overlays);
    if (!viewport) return;
    this.cy.stop();
    if (animate) this.cy.animate(viewport, { duration: 300 });
    else this.cy.viewport(viewport);
  }

  /** Brings `eles` into view when part of them is off screen or under an overlay. */
  reveal(eles) {
    if (!isInView(eles.renderedBoundingBox({ includeLabels: false }), this.container, this.overlays)) this.fit({ eles });
  }

  /** A full force-directed layout: used for the first view and the "Tidy" button. */
  tidy({ animate = true } = {}) {
    const eles = this.cy.elements(':visible');
    if (eles.empty()) return;
    const layout = eles.layout({
      name: 'cose', randomize: false, animate: animate ? 'end' : false, animationDuration: 400, fit: false,
      nodeDimensionsIncludeLabels: true, idealEdgeLength: () => 70, nodeRepulsion: () => 7000, numIter: 1500,
      gravity: 1.5, componentSpacing: 30,
    });
    layout.one('layoutstop', () => this.fit({ eles, animate }));
    layout.run();
  }

  clear() {
    this.cy.elements().remove();
    this.store.expansions.clear();
    this.anchor = null;
    this.store.clearSelection();
  }
}
