// Present mode (#present): a story full screen — the Fullscreen API when the browser allows it, else the whole
// window — with no explorer chrome: the graph on the left, the scene's title, caption, date, a calm note of
// what is missing, and the footnotes of the relationships on screen on the right. → / space / PageDown next,
// ← / PageUp back, Home / End, Esc leaves. The URL names story and scene (?story=story:x&scene=4), so a link
// opens that scene. Leaving goes back to the explorer's view as it was (or to the start view).

import { captionNodes } from './caption.js';
import { sceneCitations } from './citations.js';
import { el, sourceItem } from './dom.js';
import { fetchSources } from './export.js';
import { filtersFromView, highlightOf, layoutOf, loadScene, positionsOf } from './scene-view.js';
import { loadStartView } from './start.js';
import { stories } from './story-api.js';
import { decode } from './url-state.js';
import { defaultFilters } from './filter-rules.js';

const KEYS = { ArrowRight: 1, ' ': 1, PageDown: 1, ArrowLeft: -1, PageUp: -1 };
const OWN_PARAMS = ['story', 'scene'];

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The query string without the presentation's own parameters (the others exactly as they were written). */
function withoutStory(search) {
  const kept = search.replace(/^\?/, '').split('&')
    .filter((part) => part && !OWN_PARAMS.includes(decodeURIComponent(part.split('=')[0])));
  return kept.length ? `?${kept.join('&')}` : '';
}

export class Presenter {
  constructor(root, { store, graph, share }) {
    Object.assign(this, { store, graph, share });
    const $ = (id) => root.querySelector(`#${id}`);
    this.el = { root, story: $('present-story'), progress: $('present-progress'), bar: $('present-bar'),
      title: $('present-title'), asOf: $('present-asof'), caption: $('present-caption'), missing: $('present-missing'),
      notes: $('present-notes'), notesNote: $('present-notes-note'), live: $('present-live') };
    this.story = null;
    this.target = 0;
    this.shown = -1;
    this.running = Promise.resolve();
    this.onKey = (e) => this.key(e);
    root.addEventListener('click', (e) => {
      const button = e.target.closest('button[data-action]');
      if (!button) return;
      const { action } = button.dataset;
      if (action === 'exit') this.exit();
      else this.go(this.target + (action === 'next' ? 1 : -1));
    });
    document.addEventListener('fullscreenchange', () => {
      if (this.story && this.fullscreen && !document.fullscreenElement) this.exit(); // Esc in full screen
    });
    window.addEventListener('popstate', () => this.followUrl());
  }

  /** The story and scene a URL names ({id, index}), or null. */
  static linked(search = window.location.search) {
    const params = new URLSearchParams(search);
    const id = params.get('story');
    return id ? { id, index: Math.max(0, (Number.parseInt(params.get('scene'), 10) || 1) - 1) } : null;
  }

  /** Opens the story a link names; resolves to the number of nodes of its first scene shown. */
  async openLinked() {
    const link = Presenter.linked();
    try {
      await this.start(await stories.get(link.id), link.index, { fullscreen: false, returnTo: '' });
      await this.running;
    } catch (err) {
      this.store.error(err, 'Could not open the story of this link');
      window.history.replaceState(null, '', `${window.location.pathname}${withoutStory(window.location.search)}`);
      return loadStartView(this.graph, this.store);
    }
    return this.graph.cy.nodes().length;
  }

  /** Presents `story` from scene `index`. `returnTo`: the explorer's query string to go back to. */
  async start(story, index = 0, { fullscreen = true, returnTo = window.location.search } = {}) {
    if (!story || !Array.isArray(story.scenes) || !story.scenes.length) {
      this.store.message('This story has no scenes yet: add one from the explorer first.', 'error');
      return;
    }
    const entering = !this.story;
    this.story = story;
    this.shown = -1;
    if (entering) {
      this.returnTo = withoutStory(returnTo);
      this.share.pause();
      document.body.classList.add('presenting');
      this.el.root.hidden = false;
      window.addEventListener('keydown', this.onKey, true); // before the graph's own arrow keys
      this.fullscreen = fullscreen && document.fullscreenEnabled;
      if (this.fullscreen) await document.documentElement.requestFullscreen().catch(() => { this.fullscreen = false; });
      this.el.root.dataset.mode = this.fullscreen ? 'fullscreen' : 'window';
      this.graph.resized();
      this.el.root.focus({ preventScroll: true });
      const again = Presenter.linked() ? 'replaceState' : 'pushState'; // a link to a scene adds no history entry
      window.history[again](null, '', this.url(index));
    }
    this.el.story.textContent = story.title || '';
    this.go(index);
  }

  url(index) {
    const params = new URLSearchParams({ story: this.story.id || '', scene: String(index + 1) });
    return `${window.location.pathname}?${params.toString().replace(/%3A/gi, ':')}`;
  }

  key(e) {
    if (!this.story || this.locked || e.altKey || e.ctrlKey || e.metaKey) return;
    const last = this.story.scenes.length - 1;
    const to = e.key in KEYS ? this.target + KEYS[e.key] : { Home: 0, End: last }[e.key];
    if (to === undefined && e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    if (e.key === 'Escape') this.exit();
    else this.go(to);
  }

  /** Moves to scene `index` (bounded); scenes asked for while one is drawn are skipped to the last asked. */
  go(index) {
    if (!this.story || this.locked) return;
    this.target = Math.max(0, Math.min(this.story.scenes.length - 1, index));
    window.history.replaceState(null, '', this.url(this.target));
    this.renderProgress();
    if (!this.busy) this.running = this.run();
  }

  async run() {
    this.busy = true;
    try {
      while (this.story && this.target !== this.shown) {
        const index = this.target;
        await this.show(index, { animate: !reducedMotion() });
        this.shown = index;
      }
    } finally {
      this.busy = false;
    }
  }

  /** Draws scene `index` and its texts; resolves to its footnotes (source records in order). */
  async show(index, { animate = true } = {}) {
    const { root } = this.el;
    const scene = this.story.scenes[index];
    const view = scene.view || {};
    const missing = Array.isArray(scene.missing) ? scene.missing : [];
    root.dataset.state = 'loading';
    this.renderText(scene, index, missing);
    let payload = { nodes: [], edges: [] };
    try {
      payload = await loadScene(view, missing);
    } catch (err) {
      this.store.error(err, 'Could not load this scene');
    }
    const filters = filtersFromView(view);
    this.store.setFilters(filters);
    const cited = sceneCitations(payload, filters, highlightOf(view));
    await this.graph.showScene(payload, { positions: positionsOf(view), highlight: highlightOf(view),
      layout: layoutOf(view), edgeLabels: cited.labels, animate });
    const sources = await fetchSources(cited.sources);
    this.renderNotes(sources);
    root.dataset.scene = String(index + 1);
    root.dataset.state = 'shown';
    return sources;
  }

  /** Shows every scene in turn, without animation, and awaits `each(index, sources)` after each (the export). */
  async eachScene(story, each) {
    await this.start(story, 0, { fullscreen: false });
    await this.running;
    this.locked = true;
    try {
      for (let i = 0; i < story.scenes.length; i++) {
        this.target = i;
        this.renderProgress();
        await each(i, await this.show(i, { animate: false }));
      }
    } finally {
      this.locked = false;
      await this.exit();
    }
  }

  renderProgress() {
    const { progress, bar } = this.el;
    const total = this.story.scenes.length;
    progress.textContent = `Scene ${this.target + 1} of ${total}`;
    bar.max = total;
    bar.value = this.target + 1;
  }

  renderText(scene, index, missing) {
    const { title, caption, asOf, missing: note, live, root } = this.el;
    title.textContent = scene.title || `Scene ${index + 1}`;
    caption.replaceChildren(...captionNodes(scene.caption));
    const date = scene.view && scene.view.asOf;
    asOf.hidden = !date;
    asOf.textContent = date ? `As of ${date}: what did not hold yet, or any more, on that date is left out.` : '';
    note.hidden = !missing.length;
    note.textContent = missing.length
      ? `This scene was written for ${missing.length === 1 ? 'an entity' : `${missing.length} entities`} the data no `
        + `longer has (${missing.join(', ')}): the rest of it is shown.`
      : '';
    root.classList.toggle('has-missing', missing.length > 0);
    live.textContent = `Scene ${index + 1} of ${this.story.scenes.length}: ${title.textContent}`;
  }

  renderNotes(sources) {
    this.el.notes.replaceChildren(...sources.map(sourceItem));
    this.el.notesNote.textContent = sources.length ? '' : 'No relationship on screen cites a source.';
  }

  /** Back button or a changed URL while presenting: follow it (another scene, or out). */
  followUrl() {
    if (!this.story) return;
    const link = Presenter.linked();
    if (!link) this.exit({ history: false });
    else if (link.id === this.story.id) this.go(link.index);
  }

  /** Leaves present mode and shows the explorer's view as it was before (the start view when there was none). */
  async exit({ history = true } = {}) {
    if (!this.story) return;
    this.story = null;
    await this.running;
    window.removeEventListener('keydown', this.onKey, true);
    if (document.fullscreenElement) await document.exitFullscreen().catch(() => {});
    this.fullscreen = false;
    document.body.classList.remove('presenting');
    this.el.root.hidden = true;
    this.graph.resized();
    if (history) window.history.replaceState(null, '', `${window.location.pathname}${this.returnTo}`);
    this.share.resume();
    const view = decode(this.returnTo);
    if (view.hasGraph) {
      await this.share.restore(view);
    } else {
      await this.share.transaction(async () => {
        this.store.setFilters(defaultFilters());
        this.graph.clear();
        await loadStartView(this.graph, this.store);
      }, 'replace');
    }
    this.graph.container.focus({ preventScroll: true });
  }
}
