// The console's part of the URL, so that a link carries the query (a permalink):
//
//   console=<Cypher>   cparams=<parameters as compact JSON>   climit=<row limit, when not the default>
//
// url-state.js keeps parameters it does not know, so these survive every other change of the view (and writes
// them as it writes the rest). A link only fills the console: running it always takes a click.

import { decode, encode } from './url-state.js';

export const DEFAULT_LIMIT = 1000;
const KEYS = ['console', 'cparams', 'climit'];

/** Compact JSON for the URL when `text` is JSON; as it is otherwise (it is shown back as typed). */
function compact(text) {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
}

/** {query, params (text), limit} from a query string, or null when it holds no console query. */
export function readLink(search) {
  const url = new URLSearchParams(search);
  const query = url.get('console');
  if (!query || !query.trim()) return null;
  const limit = Number(url.get('climit'));
  return { query, params: url.get('cparams') || '', limit: Number.isInteger(limit) && limit > 0 ? limit : DEFAULT_LIMIT };
}

/** Puts the console's state into the current URL (no new history entry); an empty query takes it out. */
export function writeLink({ query, params, limit }) {
  const url = new URLSearchParams(window.location.search);
  KEYS.forEach((key) => url.delete(key));
  if (query.trim()) {
    url.set('console', query);
    const json = compact(params.trim());
    if (json && json !== '{}') url.set('cparams', json);
    if (limit !== DEFAULT_LIMIT) url.set('climit', String(limit));
  }
  const search = encode(decode(url.toString()));
  if (search === window.location.search) return;
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}`);
}
