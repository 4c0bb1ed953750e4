// A path search as the page keeps it (store.path and the URL's `path=`): the parameters of GET /api/paths (see
// api.md) and which of the found paths is highlighted (`pick`). Pure functions. In the URL the value is the
// API's own query string, e.g. path=from%3Dpol:p%26to%3Dregion:r%26mode%3Dall-shortest%26pick%3D0.

import { isPartialDate } from './time-rules.js';

const MODES = ['shortest', 'all-shortest', 'k-shortest'];
const DIRECTIONS = ['both', 'out'];
const DEFAULTS = { mode: 'shortest', k: 5, maxHops: 6, direction: 'both' };
const LIMITS = { k: [1, 20], maxHops: [1, 10] };
const NAME = /^[A-Z][A-Za-z0-9_]*$/;

function whole(value, [min, max], fallback) {
  const n = Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

function names(value) {
  const list = Array.isArray(value) ? value : String(value || '').split(',');
  return list.filter((name) => NAME.test(name));
}

/** A checked request (from and to required, everything else defaulted), or null. */
export function pathRequest(raw) {
  if (!raw || typeof raw.from !== 'string' || !raw.from || typeof raw.to !== 'string' || !raw.to) return null;
  return {
    from: raw.from,
    to: raw.to,
    mode: MODES.includes(raw.mode) ? raw.mode : DEFAULTS.mode,
    k: raw.mode === 'k-shortest' ? whole(raw.k, LIMITS.k, DEFAULTS.k) : DEFAULTS.k,
    maxHops: whole(raw.maxHops, LIMITS.maxHops, DEFAULTS.maxHops),
    direction: DIRECTIONS.includes(raw.direction) ? raw.direction : DEFAULTS.direction,
    via: names(raw.via),
    types: names(raw.types),
    asOf: isPartialDate(raw.asOf) ? raw.asOf : null,
  };
}

/** Query parameters for /api/paths: defaults and empty choices left out. */
export function apiParams(request) {
  const params = { from: request.from, to: request.to };
  if (request.mode !== DEFAULTS.mode) params.mode = request.mode;
  if (request.mode === 'k-shortest') params.k = request.k;
  if (request.maxHops !== DEFAULTS.maxHops) params.maxHops = request.maxHops;
  if (request.direction !== DEFAULTS.direction) params.direction = request.direction;
  if (request.via.length) params.via = request.via.join(',');
  if (request.types.length) params.types = request.types.join(',');
  if (request.asOf) params.asOf = request.asOf;
  return params;
}

/** The URL value of a path search {request, pick}. */
export function encodePath({ request, pick }) {
  const params = new URLSearchParams(apiParams(request));
  if (Number.isInteger(pick)) params.set('pick', String(pick));
  return params.toString();
}

/** The path search a URL value describes, or null. */
export function decodePath(text) {
  if (!text) return null;
  const params = new URLSearchParams(text);
  const request = pathRequest(Object.fromEntries(params));
  if (!request) return null;
  const pick = Number(params.get('pick'));
  return { request, pick: params.has('pick') && Number.isInteger(pick) && pick >= 0 ? pick : null };
}

/** "Policy → Lab → CloudRegion", or "" without a pattern. */
export function describePattern(via) {
  return via.join(' → ');
}
