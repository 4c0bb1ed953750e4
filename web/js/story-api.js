// The stories API (README "Stories"): anyone reads, only the admin token writes. The token is asked for once
// and kept in sessionStorage — for this tab only, never in the URL or in localStorage.

import { requestJson } from './api.js';

const enc = encodeURIComponent;
const TOKEN_KEY = 'aigeo.explorer.adminToken';

export const stories = {
  /** [{id, title, description, scenes: n, dataset, updatedAt}] */
  async list() {
    const body = await requestJson('/api/stories');
    return Array.isArray(body && body.stories) ? body.stories : [];
  },

  /** The story; each scene's `missing` lists the entities it names that the graph no longer has. */
  get(id) {
    return requestJson(`/api/stories/${enc(id)}`);
  },

  /** Creates or replaces the story of that id; resolves to the story as stored. */
  save(story, token) {
    return requestJson(`/api/stories/${enc(story.id)}`, { method: 'PUT', body: story, token });
  },

  remove(id, token) {
    return requestJson(`/api/stories/${enc(id)}`, { method: 'DELETE', token });
  },
};

export const adminToken = {
  get() {
    try {
      return window.sessionStorage.getItem(TOKEN_KEY) || '';
    } catch {
      return '';
    }
  },

  set(token) {
    try {
      window.sessionStorage.setItem(TOKEN_KEY, token);
    } catch {
      // storage disabled: the token is asked for again next time
    }
  },

  forget() {
    try {
      window.sessionStorage.removeItem(TOKEN_KEY);
    } catch {
      // nothing kept
    }
  },
};
