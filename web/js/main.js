// Wires the modules together. Order: state, graph controller, panels, then health → meta → the view the URL
// describes (or the start view).

import { api } from './api.js';
import { Store } from './store.js';
import { GraphController } from './graph.js';
import { SearchPanel } from './search.js';
import { DetailsPanel } from './details.js';
import { LegendPanel } from './legend.js';
import { FiltersPanel } from './filters.js';
import { ListView } from './list-view.js';
import { SavedLayoutsPanel } from './saved-layouts.js';
import { SidePanel } from './tabs.js';
import { Toolbar } from './toolbar.js';
import { ShareableView } from './share.js';
import { HealthBanner, StatusLine } from './status.js';
import { EmptyState, LoadingIndicator } from './loading.js';
import { loadStartView } from './start.js';
import { PathsPanel } from './paths.js';
import { TimelinePanel } from './timeline.js';
import { ComparePanel } from './compare.js';
import { TimeBadge } from './time-badge.js';
import { decode } from './url-state.js';
import { publishHeight } from './dom.js';
import { Presenter } from './present.js';
import { StoriesPanel } from './stories.js';
import { ConsolePanel } from './console.js';
import { ShowCypher } from './show-cypher.js';

const $ = (selector) => document.querySelector(selector);

const store = new Store();
const graphEl = $('#graph');
const graph = new GraphController(graphEl, store);
graph.setOverlays([$('#toolbar'), $('#legend'), $('#time-badge')]);
const share = new ShareableView({ store, graph });

// Test and benchmark hook (e.g. explorer.cy.nodes().length, explorer.store.select('node', id)); `cy` is read
// anew each time, as the graph controller makes a new core when the renderer changes.
window.explorer = { get cy() { return graph.cy; }, store, graph, share };

const search = new SearchPanel($('#search-panel'), { store, graph, onChosen: () => graphEl.focus({ preventScroll: true }) });
new DetailsPanel($('#details'), { store, graph });
new LegendPanel($('#legend'), { store, graph });
new FiltersPanel($('#filters'), { store, graph });
new ListView($('#list'), { store, graph });
new SavedLayoutsPanel($('#layouts'), { store, graph, share });
const presenter = new Presenter($('#present'), { store, graph, share });
new StoriesPanel($('#stories'), { store, graph, presenter });
new PathsPanel($('#paths'), { store, graph, share });
new TimelinePanel($('#time'), { store });
new ComparePanel($('#time'), { store, graph });
new TimeBadge($('#time-badge'), { store });
new ConsolePanel($('#console'), { store, graph });
new ShowCypher(document, { store, graph, searchInput: $('#search') });
new SidePanel($('#side'), { store, toggle: $('#panel-toggle'), onResize: () => graph.resized() });
const toolbar = new Toolbar($('#toolbar'), { store, graph, share, search, copyLink: $('#copy-link') });
new StatusLine($('#status'), { store });
publishHeight($('#toolbar'), '--toolbar-space');
publishHeight($('#status'), '--status-space');
new LoadingIndicator($('#loading'), { text: $('#loading-text'), graphEl });
const empty = new EmptyState($('#empty-state'), { store, graph, onAction: (action) => toolbar.run(action) });
const banner = new HealthBanner($('#banner'), { store });

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

/** The story scene or the view in the URL when there is one, else the start view; resolves to the number of nodes drawn. */
async function firstView() {
  if (Presenter.linked()) return presenter.openLinked();
  const view = decode(window.location.search);
  if (!view.hasGraph) {
    if (view.layout) store.setLayout(view.layout);
    if (view.panel) store.setPanel(view.panel);
    store.setFilters(view.filters);
    store.setDate(view.date);
    return share.transaction(() => loadStartView(graph, store), 'replace');
  }
  await share.restore(view);
  const namesEntities = view.seeds.length > 0 || view.steps.length > 0; // a link may hold only a path search
  if (namesEntities && !graph.positions().length) {
    store.message('None of the entities in this link exist any more.', 'error');
  }
  return graph.positions().length;
}

/** Meta (legend, colours) then the first view; a failed step is tried again a few times. */
async function start() {
  if (started) return;
  started = true;
  attempts += 1;
  const metaOk = store.meta ? true : await loadMeta();
  let count = 0;
  try {
    count = graph.positions().length || await firstView();
  } catch (err) {
    store.error(err, 'Could not load the first view');
  }
  graphEl.dataset.ready = 'true'; // lets tests wait for the first view
  empty.sync();
  if ((!metaOk || !count) && attempts < MAX_ATTEMPTS && !window.location.search) {
    started = false;
    setTimeout(() => { if (store.isUp) start(); }, RETRY_MS);
  }
}

store.addEventListener('health', () => { if (store.isUp) start(); });
search.focus();
banner.start();
