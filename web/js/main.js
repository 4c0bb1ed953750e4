// Wires the modules together. Order: state, graph controller, panels, then health → meta → start view.

import { api } from './api.js';
import { Store } from './store.js';
import { GraphController } from './graph.js';
import { SearchPanel } from './search.js';
import { DetailsPanel } from './details.js';
import { LegendPanel } from './legend.js';
import { HealthBanner, StatusLine } from './status.js';
import { loadStartView } from './start.js';

const $ = (selector) => document.querySelector(selector);

const store = new Store();
const graphEl = $('#graph');
const graph = new GraphController(graphEl, store);
graph.setOverlays([$('#toolbar'), $('#legend')]);

// Test hook for the browser tests (e.g. explorer.cy.nodes().length, explorer.store.select('node', id)).
window.explorer = { cy: graph.cy, store };

const search = new SearchPanel($('#search-panel'), { store, graph, onChosen: () => graphEl.focus({ preventScroll: true }) });
new DetailsPanel($('#details'), { store, graph });
new LegendPanel($('#legend'), { store });
new StatusLine($('#status'), { store });
const banner = new HealthBanner($('#banner'), { store });

$('#toolbar').addEventListener('click', (e) => {
  const button = e.target.closest('button[data-action]');
  if (!button) return;
  const { action } = button.dataset;
  if (action === 'fit') graph.fit();
  else if (action === 'tidy') graph.tidy();
  else if (action === 'clear') {
    graph.clear();
    store.message('Graph cleared. Search for an entity to start again.');
    search.focus();
  } else if (action === 'start') {
    graph.clear();
    loadStartView(graph, store).catch((err) => store.error(err, 'Could not load the start view'));
  }
});

let started = false;
let attempts = 0;
const RETRY_MS = 5000;
const MAX_ATTEMPTS = 4;

async function loadMeta() {
  try {
    store.setMeta(await api.meta());
    return true;
  } catch (err) {
    store.error(err, 'Could not load labels and counts');
    return false;
  }
}

/** Meta (legend, colours) then the start view; a failed step is tried again a few times. */
async function start() {
  if (started) return;
  started = true;
  attempts += 1;
  const metaOk = store.meta ? true : await loadMeta();
  let count = 0;
  try {
    count = graph.cy.nodes().length || await loadStartView(graph, store);
    graphEl.dataset.ready = 'true'; // lets tests wait for the first view
  } catch (err) {
    store.error(err, 'Could not load the start view');
  }
  if ((!metaOk || !count) && attempts < MAX_ATTEMPTS) {
    started = false;
    setTimeout(() => { if (store.isUp) start(); }, RETRY_MS);
  }
}

store.addEventListener('health', () => { if (store.isUp) start(); });
search.focus();
banner.start();
