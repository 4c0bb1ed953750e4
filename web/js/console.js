// The Cypher console (#console): an editor with highlighting (console-editor.js), parameters as JSON (a date as
// {"$date": "YYYY-MM-DD"}), a row limit, and the result as graph (drawn on the explorer's graph and ringed) or as
// a sortable table with CSV download. Errors show inline: a syntax error is marked where Neo4j says it is, a
// refused statement gives the server's reason. Recent queries, the query library, and "Show Cypher" elsewhere in
// the page (the store's console-open event) fill it; the URL carries its query (console-link.js).

import { api } from './api.js';
import { QueryEditor } from './console-editor.js';
import { ResultTable } from './console-table.js';
import { QueryHistory } from './console-history.js';
import { QueryLibrary } from './console-library.js';
import { DEFAULT_LIMIT, readLink, writeLink } from './console-link.js';
import { download, stamp } from './export.js';

const MAX_LIMIT = 5000;
const LINK_MS = 400; // typing: write the URL once the typist pauses

const DATE_PARAMS = new Set(['asOf']); // explained answers write this date as text; Cypher wants a DATE

/** The parameters of an explained answer as the console sends them: a date as {"$date": "YYYY-MM-DD"}. */
function typed(params) {
  return Object.fromEntries(Object.entries(params || {}).map(([name, value]) => [name,
    DATE_PARAMS.has(name) && typeof value === 'string' ? { $date: value } : value]));
}

const plural = (n, word) => `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;
const asText = (params) => (typeof params === 'string' ? params
  : params && Object.keys(params).length ? JSON.stringify(params, null, 2) : '');

/** The problem a failed run shows: {kind, text}; `kind` is syntax, refused, busy, timeout or error. */
function describeFailure(err) {
  const detail = err.detail || err.title || String(err);
  const body = err.body || {};
  if (err.status === 400 && Number.isInteger(body.line)) {
    const message = detail.replace(/\s*\(line \d+, column \d+ \(offset: \d+\)\)\s*$/, ''); // said first instead
    return { kind: 'syntax', text: `Line ${body.line}, column ${body.column}: ${message}` };
  }
  if (err.status === 422) return { kind: 'refused', text: `Not run: ${detail}` };
  if (err.status === 429) {
    const wait = err.retryAfter ? ` Try again in ${err.retryAfter} s.` : '';
    return { kind: 'busy', text: `${detail}${wait}` };
  }
  if (err.status === 504) {
    return { kind: 'timeout', text: `Timed out: ${detail}. Narrow the query down (a LIMIT, fewer hops) and try again.` };
  }
  if (err.status === 503 || err.status === 0) {
    return { kind: 'error', text: 'The database cannot be reached right now; try again in a moment.' };
  }
  return { kind: 'error', text: detail };
}

export class ConsolePanel {
  constructor(root, { store, graph }) {
    this.store = store;
    this.graph = graph;
    const $ = (selector) => root.querySelector(selector);
    this.el = {
      root, params: $('#console-params'), limit: $('#console-limit'), run: $('[data-action="run"]'),
      error: $('#console-error'), summary: $('#console-summary'), truncated: $('#console-truncated'),
      drawn: $('#console-drawn'), tableBox: $('#console-table-box'), csv: $('[data-action="csv"]'),
      modes: [...root.querySelectorAll('button[data-mode]')],
    };
    this.result = null;
    this.drawn = null; // the result whose graph is on the explorer's graph
    this.mode = 'graph';
    this.running = false;
    this.linkTimer = 0;
    this.editor = new QueryEditor({
      input: $('#console-query'), layer: $('#console-highlight'), onRun: () => this.run(), onChange: () => this.edited(),
    });
    this.table = new ResultTable($('#console-table'), { onSelect: (kind, id) => this.select(kind, id) });
    this.history = new QueryHistory($('#console-history'), {
      onOpen: (entry) => this.fill(entry), onRun: (entry) => { this.fill(entry); this.run(); },
    });
    this.library = new QueryLibrary({ select: $('#console-library'), about: $('#console-library-about') }, {
      store, onPick: (q) => this.fill({ query: q.cypher, params: QueryLibrary.defaults(q) }, { keepPick: true }),
    });
    this.bind();
    const linked = readLink(window.location.search);
    if (linked) {
      this.fill(linked);
      this.say('From the link: check the query, then press Run (Ctrl+Enter).');
    }
    this.renderMode();
  }

  bind() {
    const { root, params, limit } = this.el;
    root.addEventListener('click', (e) => {
      const button = e.target.closest('button[data-action], button[data-mode]');
      if (!button) return;
      if (button.dataset.mode) this.setMode(button.dataset.mode);
      else if (button.dataset.action === 'run') this.run();
      else if (button.dataset.action === 'csv') this.downloadCsv();
    });
    params.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        this.run();
      }
    });
    [params, limit].forEach((input) => input.addEventListener('input', () => {
      input.removeAttribute('aria-invalid');
      this.edited();
    }));
    this.store.addEventListener('console-open', (e) => this.open(e.detail));
    this.store.addEventListener('panel', () => { if (this.store.panel === 'console') this.library.load(); });
    if (this.store.panel === 'console') this.library.load();
  }

  /** Shows the Cypher of a page action without running it: {query, params (as explained), title (the action)}. */
  open({ query, params, title }) {
    this.fill({ query, params: typed(params) });
    this.store.setPanel('console');
    this.say(`${title ? `The Cypher of ${title}. ` : ''}Press Run (Ctrl+Enter) to run it here.`);
    this.editor.focus();
  }

  fill({ query, params = '', limit = DEFAULT_LIMIT }, { keepPick = false } = {}) {
    this.editor.value = query;
    this.el.params.value = asText(params);
    this.el.limit.value = String(limit);
    this.el.params.removeAttribute('aria-invalid');
    if (!keepPick) this.library.reset();
    this.showError(null);
    this.writeLink();
  }

  edited() {
    this.showError(null);
    clearTimeout(this.linkTimer);
    this.linkTimer = setTimeout(() => this.writeLink(), LINK_MS);
  }

  writeLink() {
    clearTimeout(this.linkTimer);
    writeLink({ query: this.editor.value, params: this.el.params.value, limit: Number(this.el.limit.value) || DEFAULT_LIMIT });
  }

  /** The request from the form, or null after saying what is wrong with it. */
  request() {
    const { params, limit } = this.el;
    const query = this.editor.value;
    if (!query.trim()) return this.invalid(null, 'Write a query first.');
    let values = {};
    try {
      values = params.value.trim() ? JSON.parse(params.value) : {};
    } catch (err) {
      return this.invalid(params, `Parameters must be JSON: ${err.message}`);
    }
    if (!values || typeof values !== 'object' || Array.isArray(values)) {
      return this.invalid(params, 'Parameters must be a JSON object, e.g. {"lab": "lab:deepseek"}.');
    }
    const rows = Number(limit.value);
    if (!Number.isInteger(rows) || rows < 1 || rows > MAX_LIMIT) {
      return this.invalid(limit, `The row limit must be a whole number from 1 to ${MAX_LIMIT}.`);
    }
    return { query, params: values, limit: rows };
  }

  invalid(input, message) {
    if (input) input.setAttribute('aria-invalid', 'true');
    this.showError({ kind: 'error', text: message });
    return null;
  }

  async run() {
    if (this.running) return;
    const request = this.request();
    if (!request) return;
    this.running = true;
    this.el.run.disabled = true;
    this.showError(null);
    this.say('Running…');
    this.writeLink();
    try {
      const result = await api.cypher(request);
      this.history.add({ query: request.query, params: this.el.params.value.trim(), limit: request.limit });
      await this.show(result);
    } catch (err) {
      this.say('');
      this.showFailure(err);
    } finally {
      this.running = false;
      this.el.run.disabled = false;
    }
  }

  showFailure(err) {
    const failure = describeFailure(err);
    if (failure.kind === 'syntax') this.editor.markError(err.body);
    if (err.status === 503 || err.status === 0) this.store.error(err, 'The console query failed');
    this.showError(failure);
  }

  showError(failure) {
    const { error } = this.el;
    error.hidden = !failure;
    error.textContent = failure ? failure.text : '';
    error.dataset.kind = failure ? failure.kind : '';
    if (!failure) this.editor.clearError();
  }

  say(text) {
    this.el.summary.textContent = text;
  }

  async show(result) {
    this.result = {
      columns: Array.isArray(result.columns) ? result.columns.map(String) : [],
      rows: Array.isArray(result.rows) ? result.rows : [],
      graph: result.graph || { nodes: [], edges: [] },
      truncated: !!result.truncated,
      summary: result.summary || {},
    };
    const { rows, truncated, summary } = this.result;
    const time = Number.isFinite(summary.timeMs) ? ` in ${summary.timeMs} ms` : '';
    this.say(`${plural(rows.length, 'row')}${time}.`);
    this.el.truncated.hidden = !truncated;
    this.el.truncated.textContent = truncated ? `Only the first ${plural(rows.length, 'row')} are shown: the result has`
      + ` more. Raise the row limit (up to ${MAX_LIMIT}) or narrow the query.` : '';
    this.table.show(this.result);
    this.el.drawn.textContent = '';
    if (this.mode === 'graph') await this.draw();
    this.renderMode();
    (this.el.tableBox.hidden ? this.el.summary : this.el.tableBox).scrollIntoView({ block: 'nearest' });
  }

  get drawable() {
    const { graph } = this.result || {};
    return !!graph && ((graph.nodes || []).length + (graph.edges || []).length) > 0;
  }

  /** Puts the result's nodes and relationships on the explorer's graph (once per result). */
  async draw() {
    if (!this.drawable || this.drawn === this.result) return;
    this.drawn = this.result;
    const { added, shown } = await this.graph.showResult(this.result.graph);
    this.el.drawn.textContent = `On the graph, ringed: ${plural(shown.nodes, 'node')} and `
      + `${plural(shown.edges, 'relationship')}${added ? ` (${added} new)` : ''}.`;
    this.store.message(`Console result: ${this.el.drawn.textContent}`);
  }

  async setMode(mode) {
    this.mode = mode;
    if (mode === 'graph' && this.result) await this.draw();
    this.renderMode();
  }

  renderMode() {
    const { result, drawable } = this;
    this.el.modes.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.mode === this.mode)));
    this.el.tableBox.hidden = !result || (this.mode === 'graph' && drawable);
    this.el.drawn.hidden = !result || this.mode !== 'graph';
    if (result && !drawable) this.el.drawn.textContent = 'Nothing to draw: the result holds no nodes or relationships.';
    this.el.csv.disabled = !result;
  }

  /** A node or relationship of the table: drawn if it was not yet, then selected on the graph. */
  async select(kind, id) {
    await this.draw();
    if (this.graph.elementData(id)) this.store.select(kind, id);
    else this.store.message('That element is not on the graph (the drawing limit, or an element the app keeps for itself).', 'error');
  }

  downloadCsv() {
    if (!this.result) return;
    download(new Blob([this.table.csv()], { type: 'text/csv;charset=utf-8' }), `cypher-result-${stamp(new Date())}.csv`);
    this.store.message(`Downloaded ${plural(this.result.rows.length, 'row')} as CSV.`);
  }
}
