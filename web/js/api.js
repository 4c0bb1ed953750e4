// Every HTTP call the page makes goes through this module (see shared/design/api.md).
// Failures become ApiError objects carrying the RFC 9457 problem details the server sends.
// Data calls count as work in flight (busy.js) for the loading indicator; health polls do not.

import { track } from './busy.js';

export class ApiError extends Error {
  constructor({ status = 0, title = 'Error', detail = '', type = 'about:blank', retryAfter = null, body = null }) {
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.type = type;
    this.retryAfter = retryAfter;
    this.body = body;
  }
}

const enc = encodeURIComponent;

function query(params) {
  const parts = [];
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    const text = Array.isArray(value) ? value.join(',') : String(value);
    if (text) parts.push(`${enc(key)}=${enc(text)}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

async function readBody(response) {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

async function toError(response) {
  const body = await readBody(response);
  const problem = body && typeof body === 'object' ? body : {};
  return new ApiError({
    status: response.status,
    title: typeof problem.title === 'string' ? problem.title : (response.statusText || `HTTP ${response.status}`),
    detail: typeof problem.detail === 'string' ? problem.detail : '',
    type: typeof problem.type === 'string' ? problem.type : 'about:blank',
    retryAfter: response.headers.get('Retry-After'),
    body,
  });
}

async function send(path, { signal, method = 'GET', body, token } = {}) {
  let response;
  const headers = body === undefined ? { Accept: 'application/json' }
    : { Accept: 'application/json', 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`; // admin writes; never in the URL
  try {
    response = await fetch(path, {
      method,
      signal,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch (err) {
    if (err && err.name === 'AbortError') throw err;
    throw new ApiError({ status: 0, title: 'Network error', detail: 'The server could not be reached.' });
  }
  return response;
}

function getJson(path, options) {
  return track(fetchJson(path, options));
}

async function fetchJson(path, options) {
  const response = await send(path, options);
  if (!response.ok) throw await toError(response);
  const body = await readBody(response);
  if (body === null) throw new ApiError({ status: response.status, title: 'Bad response', detail: 'Expected JSON.' });
  return body;
}

/** Any call, with the admin token for writes; resolves to the JSON body, or null for an empty answer (204). */
export function requestJson(path, { method = 'GET', body, token } = {}) {
  return track((async () => {
    const response = await send(path, { method, body, token });
    if (!response.ok) throw await toError(response);
    return readBody(response);
  })());
}

/** A file from the server (an export): POSTs the JSON body, resolves to a Blob, or throws the problem. */
export function requestFile(path, body) {
  return track((async () => {
    const response = await send(path, { method: 'POST', body });
    if (!response.ok) throw await toError(response);
    return response.blob();
  })());
}

/** Small cache so that clicking edges that share sources does not refetch them. */
const entityCache = new Map();

export const api = {
  /**
   * GET /api/health. Never throws for 503: the body ({"status":"DOWN"|"STARTING"}) is the answer.
   * Resolves to {status, body}; a network failure resolves to {status:'UNREACHABLE'}.
   */
  async health() {
    let response;
    try {
      response = await send('/api/health');
    } catch {
      return { status: 'UNREACHABLE', body: null };
    }
    const body = await readBody(response);
    const status = body && typeof body.status === 'string' ? body.status : (response.ok ? 'UP' : 'DOWN');
    return { status: response.ok ? status : (status === 'UP' ? 'DOWN' : status), body, retryAfter: response.headers.get('Retry-After') };
  },

  meta({ asOf } = {}) {
    return getJson(`/api/meta${query({ asOf })}`);
  },

  search(q, { limit = 10, labels, signal } = {}) {
    return getJson(`/api/search${query({ q, limit, labels })}`, { signal });
  },

  /** GET /api/entities/{id}, cached per page load (entities do not change while the page is open). */
  async entity(id, { fresh = false } = {}) {
    if (!fresh && entityCache.has(id)) return entityCache.get(id);
    const promise = getJson(`/api/entities/${enc(id)}`);
    entityCache.set(id, promise);
    promise.catch(() => entityCache.delete(id));
    return promise;
  },

  neighbors(id, { limit, types, labels, direction, asOf } = {}) {
    return getJson(`/api/entities/${enc(id)}/neighbors${query({ limit, types, labels, direction, asOf })}`);
  },

  /** GET /api/paths: `request` holds from, to and optionally mode, k, maxHops, direction, via, types, asOf. */
  paths(request) {
    const { from, to, mode, k, maxHops, direction, via, types, asOf } = request;
    return getJson(`/api/paths${query({ from, to, mode, k, maxHops, direction, via, types, asOf })}`);
  },

  /** The same searches and expansions with explain=true: the answer adds the `cypher` and `params` they run. */
  explainSearch(q, { limit, labels } = {}) {
    return getJson(`/api/search${query({ q, limit, labels, explain: true })}`);
  },

  explainNeighbors(id, { limit, types, labels, direction, asOf } = {}) {
    return getJson(`/api/entities/${enc(id)}/neighbors${query({ limit, types, labels, direction, asOf, explain: true })}`);
  },

  /** POST /api/cypher: {query, params, limit} → {columns, rows, graph, truncated, summary}. */
  cypher(request) {
    return requestJson('/api/cypher', { method: 'POST', body: request });
  },

  /** GET /api/queries: the console's query library. */
  queries() {
    return getJson('/api/queries');
  },

  /** The subgraph of the given entities (all relationships among them) with their sources: GET /api/export. */
  subgraph(ids) {
    return getJson(`/api/export${query({ format: 'json', ids })}`);
  },
};
