// Downloads made in the browser: a PNG of the whole graph, and JSON of what the filters let through — the graph
// payload, the Source entities that every shown relationship cites (fetched through /api/entities/{id}), the
// dataset's name, version, licence and attribution, the link to this view, and when it was exported.
// An SVG of the view (svg-export.js), and a citable snapshot zip from the server's /api/export (the subgraph as
// JSON and GraphML, this view's link, the dataset's license and attribution, and the bibliography).

import { api, requestFile } from './api.js';
import { buildSvg } from './svg-export.js';
import { describeFilters } from './filter-rules.js';

/** A date and time for file names: 2025-01-31-14-05-09 (UTC). */
export function stamp(date) {
  return date.toISOString().slice(0, 19).replace(/[:T]/g, '-');
}

/** Saves a blob under `filename` through a temporary link (works under the CSP: blob: is same-origin). */
export function download(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function datasetInfo(meta) {
  const ds = (meta && meta.dataset) || {};
  const pick = ['name', 'version', 'title', 'license', 'attribution', 'importedAt'];
  return Object.fromEntries(pick.filter((k) => ds[k] !== undefined && ds[k] !== null).map((k) => [k, ds[k]]));
}

/** Every source cited by the edges, resolved to its entity (or marked missing). */
function resolveSources(edges) {
  const ids = [...new Set(edges.flatMap((e) => (Array.isArray(e.data.sources) ? e.data.sources : [])))]
    .filter((id) => typeof id === 'string' && id).sort();
  return fetchSources(ids);
}

/** Source entities by id, in the order given, as flat records (a source that cannot be loaded is marked missing). */
export function fetchSources(ids) {
  return Promise.all(ids.map((id) => api.entity(id).then(
    (entity) => ({ id, ...(entity.properties || {}), name: entity.name || (entity.properties || {}).name || id }),
    () => ({ id, missing: true }),
  )));
}

/** The JSON document (api.md's export shape, plus the view it came from). */
export async function buildJson(graph, store) {
  const { nodes, edges } = graph.snapshot();
  const exportedAt = new Date();
  return {
    nodes,
    edges,
    sources: await resolveSources(edges),
    dataset: datasetInfo(store.meta),
    view: window.location.href,
    filters: describeFilters(store.filters) || 'none',
    exportedAt: exportedAt.toISOString(),
  };
}

export async function exportJson(graph, store) {
  const doc = await buildJson(graph, store);
  const name = (doc.dataset.name || 'graph').replace(/[^A-Za-z0-9._-]+/g, '-');
  download(new Blob([`${JSON.stringify(doc, null, 2)}\n`], { type: 'application/json' }), `${name}-${stamp(new Date(doc.exportedAt))}.json`);
  store.message(`Exported ${doc.nodes.length} entities, ${doc.edges.length} relationships and ${doc.sources.length} sources as JSON.`);
}

export async function exportPng(graph, store) {
  download(await graph.png(), fileName(store, 'png'));
  store.message('Exported the whole graph as a PNG image.');
}

function fileName(store, suffix) {
  const name = ((store.meta && store.meta.dataset && store.meta.dataset.name) || 'graph').replace(/[^A-Za-z0-9._-]+/g, '-');
  return `${name}-${stamp(new Date())}.${suffix}`;
}

export function exportSvg(graph, store) {
  const drawing = graph.drawing();
  const ds = datasetInfo(store.meta);
  const text = buildSvg(drawing, {
    title: `AI Geopolitics Explorer: ${drawing.nodes.length} entities, ${drawing.edges.length} relationships`,
    description: `${ds.name || 'graph'} ${ds.version || ''}${ds.license ? `, ${ds.license}` : ''}. ${window.location.href}`,
  });
  download(new Blob([text], { type: 'image/svg+xml' }), fileName(store, 'svg'));
  store.message('Exported what is on screen as an SVG image.');
}

/** The citable snapshot: POSTed so that large views fit; the server adds the bibliography. */
export async function exportSnapshot(graph, store) {
  const ids = graph.snapshot().nodes.map((n) => n.data.id);
  if (!ids.length) throw new Error('Nothing on screen to snapshot.');
  const blob = await requestFile('/api/export', { format: 'snapshot', ids, request: window.location.href });
  download(blob, fileName(store, 'snapshot.zip'));
  store.message(`Saved a citable snapshot of ${ids.length} entities: subgraph, link, license and bibliography.`);
}
