// Health banner (#banner) and the status line under the graph (#status).
// The banner polls GET /api/health: every few seconds while the server is not UP, rarely once it is.

import { api } from './api.js';
import { el } from './dom.js';

const RETRY_MS = 3000;
const HEALTHY_POLL_MS = 30000;

const TEXT = {
  DOWN: 'The database is unavailable. The explorer will reconnect by itself',
  STARTING: 'The server is starting and loading the dataset. The explorer will be ready in a moment',
  UNREACHABLE: 'The server cannot be reached. Retrying',
};

export class HealthBanner {
  constructor(root, { store }) {
    this.store = store;
    this.el = { root, text: root.querySelector('#banner-text'), retry: root.querySelector('#banner-retry') };
    this.timer = 0;
    this.el.retry.addEventListener('click', () => this.check());
    store.addEventListener('unavailable', () => this.check());
  }

  start() {
    return this.check();
  }

  async check() {
    clearTimeout(this.timer);
    const health = await api.health();
    this.store.setHealth(health);
    this.render(health);
    let wait = health.status === 'UP' ? HEALTHY_POLL_MS : RETRY_MS;
    const retryAfter = Number(health.retryAfter);
    if (health.status !== 'UP' && Number.isFinite(retryAfter) && retryAfter > 0) wait = Math.min(retryAfter * 1000, 15000);
    this.timer = setTimeout(() => this.check(), wait);
    return health;
  }

  render(health) {
    const { root, text } = this.el;
    if (health.status === 'UP') {
      root.hidden = true;
      root.dataset.status = 'UP';
      return;
    }
    const status = TEXT[health.status] ? health.status : 'DOWN';
    root.dataset.status = status;
    text.textContent = `${TEXT[status]} (checking every ${RETRY_MS / 1000} s)…`;
    root.hidden = false;
  }
}

export class StatusLine {
  constructor(root, { store }) {
    this.store = store;
    this.root = root;
    this.timer = 0;
    store.addEventListener('message', (e) => this.show(e.detail));
    store.addEventListener('expansion', (e) => this.showExpansion(e.detail));
    root.addEventListener('click', (e) => {
      const button = e.target.closest('button[data-action="more"]');
      if (button) store.requestExpand(button.dataset.id, { more: true, types: button.dataset.types || undefined });
    });
  }

  show({ text, kind }) {
    clearTimeout(this.timer);
    this.root.classList.toggle('is-error', kind === 'error');
    this.root.replaceChildren(el('span', null, text));
    this.root.hidden = false;
    if (kind !== 'error') this.timer = setTimeout(() => { this.root.hidden = true; }, 8000);
  }

  showExpansion(exp) {
    clearTimeout(this.timer);
    this.root.classList.remove('is-error');
    const what = exp.types ? ` ${exp.types}` : '';
    const parts = [];
    if (exp.truncated) {
      parts.push(el('span', 'truncation', `${exp.name}: showing ${exp.shown} of ${exp.totalText}${what} connections.`));
      if (exp.nextStep > 0) {
        const more = el('button', 'primary small', `Show ${exp.nextStep} more`);
        Object.assign(more.dataset, { action: 'more', id: exp.id, types: exp.types || '' });
        more.id = 'show-more';
        parts.push(more);
      } else {
        parts.push(el('span', null, 'That is the most one expansion shows; filter by type in the details panel.'));
      }
    } else {
      parts.push(el('span', null, `${exp.name}: all ${exp.total}${what} connections shown`
        + `${exp.added ? ` (${exp.added} new nodes)` : ''}.`));
      this.timer = setTimeout(() => { this.root.hidden = true; }, 8000);
    }
    this.root.replaceChildren(...parts);
    this.root.hidden = false;
  }
}
